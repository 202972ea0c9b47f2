# Hand-written golds of eval/fresh7 (read by build.py). Written from the document texts alone.
X, H, D, C, Q = ('sh-xuhui-zhuangxiu-2017', 'sh-huangpu-dixia-jiancha-2025', 'sh-jiaotongwei-dajian-2025',
                 'sh-chongming-tijian-2021', 'sh-qibao-xiane-2020')

OFFICIAL = 'text extracted by that repo from %s'

DOCS = {
    X: dict(raw='raw_xuhui.json', header=dict(
        title='上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通知',
        issuer='上海市徐汇区人民政府办公室 (signed in the text; the 工作方案 itself was drawn up by 区绿化市容局)',
        doc_number='徐府办发〔2017〕16号 (repository metadata only; not printed in the text)',
        date='2017-07-14 (signature date in the text)',
        extracted=OFFICIAL % 'https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160&siteId=0073',
        notes='The document has no table. Articles are written with half-width brackets (一) in the source (label paths '
              'use （一）); 三、职责分工 has no articles, one paragraph per body.')),
    H: dict(raw='raw_huangpu.json', header=dict(
        title='黄浦区人民政府办公室关于印发《黄浦区地下空间安全使用监督检查管理规定》的通知',
        issuer='上海市黄浦区人民政府办公室 (signed in the text)',
        doc_number='黄府办发〔2025〕7号 (repository metadata only; not printed in the text)',
        date='2025-12-31 (signature date in the text)',
        extracted=OFFICIAL % 'https://www.shanghai.gov.cn/zhengce/detail/0071::9da8ed78-9de8-436a-b7b2-1c477a03df8b',
        notes='The document has no table. The 规定 has 17 articles 第一条–第十七条, each with a bracketed title; items '
              '（一） inside an article are labelled 第X条第（一）项.')),
    D: dict(raw='raw_dajian.json', header=dict(
        title='上海市交通委员会 上海市公安局关于印发《高效办成大件运输“一件事”实施方案》的通知',
        issuer='上海市交通委员会、上海市公安局 (jointly, signed 市交通委 / 市公安局 in the text; the repository metadata '
               'names 上海市交通委员会 only)',
        doc_number='沪交法〔2025〕175号 (repository metadata only; not printed in the text, which prints only the '
                   'abolished 沪交法〔2023〕415号)',
        date='2025-04-01 (date printed under the signatures; published 2025-04-10 per the repository metadata)',
        extracted=OFFICIAL % 'https://www.shanghai.gov.cn/zhengce/detail?businessId=f3a9f06260a24f63b55d592a705eb9ae&siteId=0010',
        notes='The document has no table. The four attachments are given by title only (`附件：1．…`); their contents '
              'are not part of the page text.')),
    C: dict(raw='raw_chongming.json', header=dict(
        title='上海市崇明区人民政府办公室关于印发2021年本区城市体检工作方案的通知',
        issuer='上海市崇明区人民政府办公室 (named in the title; no signature line is printed, only the date)',
        doc_number='沪崇府办发〔2021〕20号 (repository metadata only; not printed in the text)',
        date='2021-09-09 (date printed in the covering notice)',
        extracted=OFFICIAL % 'https://www.shanghai.gov.cn/zhengce/detail?businessId=3be98d42-f59c-4c0e-a130-7c5f918795c2&siteId=0085',
        notes='The document has no table. The attachment (2021年崇明区级城市体检指标体系) is given by title only.')),
    Q: dict(raw='raw_qibao.json', header=dict(
        title='七宝镇限额以下小型建设工程管理的实施意见',
        issuer='闵行区七宝镇人民政府 (signed in the text; 上海市闵行区七宝镇人民政府 in the repository metadata)',
        doc_number='闵七府〔2020〕21号 (repository metadata only; not printed in the text)',
        date='2020-09-27 (signature date in the text)',
        extracted=OFFICIAL % 'https://www.shanghai.gov.cn/zhengce/detail?businessId=B8AE27CB-3697-11ED-AC45-3DB7F69B5DBD&siteId=0079',
        notes='The document has no table; paragraphs are separated by single line breaks. 四、 has articles （一）–（五） '
              'with items 1.–4. and sub-items （1）… (label paths such as `四、（一）3.（1）`); 五、职责分工 has items 1.–13. '
              'The 14 attachments (forms and flow charts) are given by title only after `附件：`.')),
}


def cl(doc, unit, quote, bodies, form, lead=(), support=(), note=''):
    return dict(doc=doc, unit=unit, quote=quote, bodies=list(bodies), lead=list(lead), support=list(support),
                form=form, note=note)


CLAUSES = [
    # ---- X: 徐汇区 装修垃圾 (duty paragraphs "A负责…" under 三、职责分工)
    cl(X, '三、', '区绿化市容局负责本区装修垃圾处理的全面管理和指导工作，以及装修垃圾物流运输、集中分拣、中转与末端处置等具体工作。',
       ['区绿化市容局'], 'fuze-sentence'),
    cl(X, '三、', '区城管执法局依法对违反规定的行为实施行政处罚，包括对装修垃圾非法倾倒、运输与处置的处罚。',
       ['区城管执法局'], 'fuze-sentence', note='duty paragraph without the word 负责'),
    cl(X, '三、', '区住房保障房屋管理局指导、协调各街道、镇督促物业服务企业做好装修垃圾投放管理工作',
       ['区住房保障房屋管理局'], 'fuze-sentence', note='各街道、镇 are the objects of 指导、协调 here'),
    cl(X, '三、', '各街道、镇作为本辖区内装修垃圾处理工作的责任主体，负责本辖区内装修垃圾处理的日常监管。',
       ['各街道、镇'], 'fuze-sentence', note='collective body kept as one'),
    cl(X, '三、', '居民区装修垃圾原则上由本区环卫企业负责清运。',
       ['本区环卫企业'], 'fuze-sentence', note='a category of enterprises, not a named office'),

    # ---- H: 黄浦区 地下空间 监督检查 (law-like 第X条)
    cl(H, '第三条', '区国动办是本区地下空间安全使用管理的综合协调部门，负责牵头组织地下空间安全使用情况的联合检查，协调和督促其他相关监督管理部门履行安全监督检查职责。',
       ['区国动办'], 'fuze-sentence', lead=['区国动办'], note='负责牵头组织 the joint inspections'),
    cl(H, '第三条', '区消防救援局负责对地下空间管理单位遵守消防法律法规的情况依法进行监督检查',
       ['区消防救援局'], 'fuze-sentence'),
    cl(H, '第三条', '区防汛指挥部负责指导地下空间防汛安全', ['区防汛指挥部'], 'fuze-sentence'),
    cl(H, '第三条', '区国动办和相关监督管理部门依法负责本区地下空间防汛安全监督检查', ['区国动办'], 'fuze-sentence'),
    cl(H, '第三条', '区建管委依法负责本区地下公共备案停车库的安全监督检查', ['区建管委'], 'fuze-sentence'),
    cl(H, '第三条', '区公安分局、区规划资源局、区卫生健康委、区生态环境局、区应急局、区市场监管局等部门依法在各自职责范围内负责地下空间安全使用的监督检查。',
       ['区公安分局', '区规划资源局', '区卫生健康委', '区生态环境局', '区应急局', '区市场监管局'], 'fuze-sentence'),
    cl(H, '第三条', '区教育局、区卫生健康委、区体育局、区文化旅游局、区商务委、区民政局等部门应履行行业管理义务，指导本行业所涉地下空间权属、管理、使用单位落实安全责任，并配合有关监督管理部门开展安全监督检查、问题隐患整改或行政处罚办案工作。',
       ['区教育局', '区卫生健康委', '区体育局', '区文化旅游局', '区商务委', '区民政局'], 'fuze-sentence',
       note='these bodies 配合 unnamed 有关监督管理部门; no lead/support among named bodies'),
    cl(H, '第三条', '区房管局应指导街道督促物业管理单位配合有关监督管理部门开展地下空间安全监督检查。',
       ['区房管局'], 'fuze-sentence'),
    cl(H, '第三条', '各街道办事处应当协助有关监督管理部门做好本管辖区域内地下空间安全使用的监督检查工作。',
       ['各街道办事处'], 'fuze-sentence', note='collective body listed as responsible'),
    cl(H, '第四条', '区国动办承担以下监督检查职责：', ['区国动办'], 'fuze-sentence',
       note='introduces the duty list 第四条第（一）–（五）项'),
    cl(H, '第五条', '区公安分局、区消防救援局、区建管委、区应急局、区市场监管局及其他监督管理部门承担以下监督检查职责：',
       ['区公安分局', '区消防救援局', '区建管委', '区应急局', '区市场监管局'], 'fuze-sentence',
       note='introduces the duty list 第五条第（一）–（四）项'),
    cl(H, '第九条第（一）项', '区地下空间安全使用管理综合协调部门（区国动办）应同步编制本年度地下空间涉企联合检查计划',
       ['区国动办'], 'fuze-sentence'),
    cl(H, '第九条第（三）项', '区国动办应加强联合检查综合统筹，通过线下多部门协商、与全市统一综合执法系统数据交互对接等方式，确定检查计划，提高跨部门联合行政检查效率和质量。',
       ['区国动办'], 'fuze-sentence'),
    cl(H, '第十二条', '区国动办、区消防救援局、区应急局、区建管委、区市场监管局等相关监督管理部门依据各自的法定职责对地下空间安全使用情况进行检查，必要时对以下内容组织开展联合检查。',
       ['区国动办', '区消防救援局', '区应急局', '区建管委', '区市场监管局'], 'fuze-sentence'),
    cl(H, '第十四条', '也可由区国动办分送有关部门处理', ['区国动办'], 'fuze-sentence'),
    cl(H, '第十五条', '并由区国动办形成年度检查总结报告', ['区国动办'], 'fuze-sentence'),
    cl(H, '第十六条', '本规定由区国动办负责解释。', ['区国动办'], 'fuze-sentence'),

    # ---- D: 市交通委 市公安局 大件运输“一件事” (duty sentences, 会同, 责任部门 tails)
    cl(D, '一、（二）', '市、区交通运输部门负责公路超限运输许可、特殊车辆在城市道路上行驶审批办理',
       ['市、区交通运输部门'], 'fuze-sentence', note='市、区 … 部门 kept as one collective body'),
    cl(D, '一、（二）', '市公安交管部门负责特型机动车临时行驶车号牌核发', ['市公安交管部门'], 'fuze-sentence'),
    cl(D, '一、（二）', '市、区公安交管部门负责向交通运输部门反馈对公路三类大件运输（车货总高度从地面算起超过4.5米，或者总宽度超过3.75米，或者总长度超过28米，或者总质量超过100000千克的）许可通行时间、路线、速度的意见。',
       ['市、区公安交管部门'], 'fuze-sentence', note='交通运输部门 is the receiver of the opinions, not a responsible body'),
    cl(D, '三、（一）', '由市交通委会同市公安局等部门落实工作专班', ['市交通委', '市公安局'], 'huitong',
       lead=['市交通委'], support=['市公安局']),
    cl(D, '三、（一）', '（责任部门：市交通委、市公安局。时间节点：2025年3月）', ['市交通委', '市公安局'], 'tail'),
    cl(D, '三、（二）', '（责任部门：市交通委、市公安局、市大数据中心。时间节点：2025年4月）',
       ['市交通委', '市公安局', '市大数据中心'], 'tail'),
    cl(D, '三、（三）', '（责任部门：市交通委、市公安局。时间节点：2025年5月）', ['市交通委', '市公安局'], 'tail'),

    # ---- C: 崇明区 城市体检 2021 (one 会同 sentence with a long member list)
    cl(C, '四、', '区政府是推进本区城市体检工作的责任主体', ['区政府'], 'fuze-sentence'),
    cl(C, '四、', '由分管副区长牵头统筹协调城市体检工作中的重大事项', ['分管副区长'], 'sentence-lead',
       lead=['分管副区长'], note='a post, not an office'),
    cl(C, '四、', '区建设管理委会同区发展改革委、区经委、区教育局、区公安分局、区民政局、区财政局、区规划资源局、区生态环境局、区农业农村委、区科委、区住房保障局、区交通委、区水务局、区文化旅游局、区卫生健康委、区应急局、区市场监管局、区体育局、区统计局、区绿化市容局、区民防办、区政务服务办、区消防救援支队、区大数据中心、区城运中心等部门共同推进城市体检工作。',
       ['区建设管理委', '区发展改革委', '区经委', '区教育局', '区公安分局', '区民政局', '区财政局', '区规划资源局',
        '区生态环境局', '区农业农村委', '区科委', '区住房保障局', '区交通委', '区水务局', '区文化旅游局', '区卫生健康委',
        '区应急局', '区市场监管局', '区体育局', '区统计局', '区绿化市容局', '区民防办', '区政务服务办', '区消防救援支队',
        '区大数据中心', '区城运中心'], 'huitong', lead=['区建设管理委'],
       support=['区发展改革委', '区经委', '区教育局', '区公安分局', '区民政局', '区财政局', '区规划资源局',
                '区生态环境局', '区农业农村委', '区科委', '区住房保障局', '区交通委', '区水务局', '区文化旅游局',
                '区卫生健康委', '区应急局', '区市场监管局', '区体育局', '区统计局', '区绿化市容局', '区民防办',
                '区政务服务办', '区消防救援支队', '区大数据中心', '区城运中心']),

    # ---- Q: 七宝镇 限额以下小型建设工程 (由A… sentences, "A负责…" duty items under 五、职责分工)
    cl(Q, '三、3.', '预选承包商管理办法和限额以下工程承发包规则由镇采购办另行制定。', ['镇采购办'], 'fuze-sentence'),
    cl(Q, '三、5.', '由镇规建办、安监所对在建限额以下小型建设工程履行安全、质量、文明施工监督程序',
       ['镇规建办', '安监所'], 'fuze-sentence', note='由A、B… sentence, no lead stated'),
    cl(Q, '四、（一）3.（1）', '凡使用财政资金的限额以下项目由镇财政所会签，使用财政资金的学校项目由镇教委、财政所会签',
       ['镇财政所', '镇教委', '财政所'], 'fuze-sentence', note='财政所 = 镇财政所, written twice'),
    cl(Q, '四、（一）3.（2）', '由户管单位与镇投促中心共同签署会签单位意见后交至镇规建办审核',
       ['镇投促中心'], 'fuze-sentence', note='户管单位 is a role (村, 居委 …), not a named body; 镇规建办 is the receiver'),
    cl(Q, '五、1.', '镇规建办为限额以下工程项目管理的主管部门，负责推进、协调工程各环节的相关工作，做好镇辖区范围内相关工程的巡查、备案、报建、施工监管、竣工验收及档案归档等工作。',
       ['镇规建办'], 'fuze-sentence'),
    cl(Q, '五、2.', '镇监察室负责对限额以下工程管理的行为行使监督职能，及时查处限额以下工程管理的违纪违法行为，促进相关单位和职能部门依法履行职责。',
       ['镇监察室'], 'fuze-sentence'),
    cl(Q, '五、3.', '镇采购办负责对使用财政性资金及集体资金的限额以下小型建设工程做好施工承发包工作。',
       ['镇采购办'], 'fuze-sentence'),
    cl(Q, '五、4.', '镇财政所负责对使用财政性资金限额以下小型建设工程的资金来源及使用情况进行监管。',
       ['镇财政所'], 'fuze-sentence'),
    cl(Q, '五、5.', '镇经管中心负责对村属、镇属企业 (包括村集体经济组织，以及集体资金控股或占主导地位的企业)限额以下小型建设工程资金来源及使用情况进行监管。',
       ['镇经管中心'], 'fuze-sentence'),
    cl(Q, '五、6.', '镇投促中心负责对辖区内财政、村、镇属公司、居委户管外使用社会资金的限额以下小型建设工程的经营业态进行把关。',
       ['镇投促中心'], 'fuze-sentence'),
    cl(Q, '五、7.', '镇安监所负责对限额以下小型建设工程的安全进行监管，并协同消防部门对限额以下工程的消防安全进行监管及指导。',
       ['镇安监所'], 'fuze-sentence', note='消防部门 is generic, left out'),
    cl(Q, '五、8.', '镇两违办负责对施工过程中新搭建的违章进行执法拆除，并对限额以下工程因历史原因无产证但列入市、区无证建筑库的房屋在施工期间进行监管。',
       ['镇两违办'], 'fuze-sentence'),
    cl(Q, '五、9.', '镇城管中心负责镇域范围市政道路沿街面限额以下工程的巡查监督、宣传教育工作',
       ['镇城管中心'], 'fuze-sentence', note='镇规建办 and 镇城运中心 later in the item are receivers / the one assisted'),
    cl(Q, '五、10.', '镇城运中心负责收集涉及限额以下工程的民意投诉和镇相关部门巡查发现的违法违规建设行为情况，并及时反馈镇规建办。',
       ['镇城运中心'], 'fuze-sentence', note='镇规建办 is the receiver'),
    cl(Q, '六、2.', '对不按照本实施意见要求办理工程备案手续的建设单位，由镇规建办提出整改意见；仍不按整改意见执行的建设单位，由镇规建办上报区相关部门进行立案处理。',
       ['镇规建办'], 'fuze-sentence', note='the same body named twice, listed once'),
    cl(Q, '七、2.', '本实施意见由七宝镇规划建设和环境保护办公室负责解释。', ['七宝镇规划建设和环境保护办公室'], 'fuze-sentence'),
]


def q(doc, n, question, intent, style, units=(), answerable=True, **kw):
    r = dict(id='pol-fresh7-%s-%02d' % (doc, n), doc=doc, question=question, intent=intent, answerable=answerable,
             gold_units=list(units), style=style)
    r.update(kw)
    return r


QUESTIONS = [
    # ---- X
    q(X, 1, '装修垃圾非法倾倒、运输与处置的行政处罚由哪个部门负责？', 'responsibility', 'doc', ['三、'],
      gold_bodies=['区城管执法局'], gold_lead=[]),
    q(X, 2, '小区物业装修垃圾堆放点管得乱，区里是哪个局负责指导协调街道镇去督促物业的？', 'responsibility', 'everyday', ['三、'],
      gold_bodies=['区住房保障房屋管理局'], gold_lead=[]),
    q(X, 3, '区绿化市容局在本区装修垃圾处理中负责哪些工作？', 'bureau_tasks', 'doc', ['三、'], body='区绿化市容局'),
    q(X, 4, '谁是本辖区装修垃圾处理工作的责任主体、负责日常监管？', 'responsibility', 'doc', ['三、'],
      gold_bodies=['各街道、镇'], gold_lead=[]),
    q(X, 5, '机械化分拣设备到位以后，徐汇一天能分拣处置多少装修垃圾？', 'fact', 'everyday', ['二、（一）'], figure='900吨/日'),
    q(X, 6, '2017年本区绿色账户要新增覆盖多少户？', 'fact', 'doc', ['四、（一）'], figure='14.3万户'),
    q(X, 7, '市里给徐汇分配的装修垃圾残渣处置计划量一天多少？', 'fact', 'everyday', ['三、'], figure='150吨/日'),
    q(X, 8, '这个装修垃圾工作方案是哪个机关转发的？', 'document', 'everyday', figure='上海市徐汇区人民政府办公室'),
    q(X, 9, '该通知的印发日期是哪一天？', 'document', 'doc', figure='2017年7月14日'),
    q(X, 10, '《关于进一步加强本区装修垃圾处理的工作方案》分为几个部分？', 'document', 'doc', figure='4',
      note='一、总体要求 二、重点任务 三、职责分工 四、保障措施'),
    q(X, 11, '我家装修的垃圾让物业清运，一车要收多少钱？', 'other', 'everyday', answerable=False,
      note='no fee or price is given'),
    q(X, 12, '区生态环境局在装修垃圾处理中承担什么职责？', 'responsibility', 'doc', answerable=False,
      gold_bodies=[], gold_lead=[], must_not=['生态环境局'], note='the body is never named'),

    # ---- H
    q(H, 1, '地下公共备案停车库的安全监督检查由哪个部门负责？', 'responsibility', 'doc', ['第三条'],
      gold_bodies=['区建管委'], gold_lead=[]),
    q(H, 2, '黄浦地下室汛期防汛安全，谁来负责指导？', 'responsibility', 'everyday', ['第三条'],
      gold_bodies=['区防汛指挥部'], gold_lead=[]),
    q(H, 3, '区建管委在地下空间安全使用监督检查中承担哪些职责？', 'bureau_tasks', 'doc', ['第三条', '第五条', '第十二条'],
      body='区建管委'),
    q(H, 4, '地下空间安全使用情况的联合检查由哪个部门牵头组织？', 'responsibility', 'doc', ['第三条', '第四条'],
      gold_bodies=['区国动办'], gold_lead=['区国动办']),
    q(H, 5, '对这个地下空间检查规定有疑问，该找哪个部门解释？', 'responsibility', 'everyday', ['第十六条'],
      gold_bodies=['区国动办'], gold_lead=[]),
    q(H, 6, '各部门一年的地下空间检查问题和建议什么时候要报给区国动办？', 'fact', 'everyday', ['第十五条'], figure='每年12月下旬'),
    q(H, 7, '《上海市地下空间安全使用检查规范》的标准编号是什么？', 'fact', 'doc', ['第一条', '第十一条'], figure='DB31/T808-2019'),
    q(H, 8, '《黄浦区地下空间安全使用监督检查管理规定》是由哪个机关印发的？', 'document', 'doc', figure='上海市黄浦区人民政府办公室'),
    q(H, 9, '这个黄浦地下空间监督检查规定一共几条？', 'document', 'everyday', figure='17', figure_in_text=False,
      note='第一条–第十七条'),
    q(H, 10, '本年度地下空间涉企联合检查计划由哪个部门编制？', 'responsibility', 'doc', ['第九条第（一）项'],
      gold_bodies=['区国动办'], gold_lead=[]),
    q(H, 11, '地下空间违规使用被查到，罚款一般罚多少？', 'fact', 'everyday', answerable=False,
      note='no amount of fine is given'),
    q(H, 12, '区国动办地下空间检查的咨询电话是多少？', 'other', 'everyday', answerable=False, note='no phone number'),

    # ---- D
    q(D, 1, '特型机动车临时行驶车号牌由哪个部门核发？', 'responsibility', 'doc', ['一、（二）'],
      gold_bodies=['市公安交管部门'], gold_lead=[]),
    q(D, 2, '大件运输一件事联调联试那个阶段，是哪几家单位负责？', 'responsibility', 'everyday', ['三、（二）'],
      gold_bodies=['市交通委', '市公安局', '市大数据中心'], gold_lead=[]),
    q(D, 3, '部署实施阶段落实工作专班，由哪个部门会同哪些部门负责？', 'responsibility', 'doc', ['三、（一）'],
      gold_bodies=['市交通委', '市公安局'], gold_lead=['市交通委']),
    q(D, 4, '市大数据中心在大件运输“一件事”里要干什么？', 'bureau_tasks', 'everyday', ['三、（二）'], body='市大数据中心'),
    q(D, 5, '市公安局在高效办成大件运输“一件事”实施步骤中承担哪些任务？', 'bureau_tasks', 'doc',
      ['三、（一）', '三、（二）', '三、（三）'], body='市公安局'),
    q(D, 6, '车货总高从地面算起超过多少米就算公路三类大件运输？', 'fact', 'everyday', ['一、（二）'], figure='4.5米'),
    q(D, 7, '大件运输“一件事”三个阶段要在什么时候前全部完成？', 'fact', 'doc', ['三、'], figure='2025年5月底'),
    q(D, 8, '联调联试阶段的时间节点是什么？', 'fact', 'doc', ['三、（二）'], figure='2025年4月'),
    q(D, 9, '新方案出来后，哪个老文件作废了？它的文号是多少？', 'fact', 'everyday', ['前言'], figure='沪交法〔2023〕415号'),
    q(D, 10, '该通知落款的日期是哪一天？', 'document', 'doc', figure='2025年4月1日'),
    q(D, 11, '办大件运输许可要交多少费用？', 'fact', 'everyday', answerable=False, note='no fee is given'),
    q(D, 12, '市交通委政务服务综合窗口的具体地址在哪里？', 'other', 'doc', answerable=False, note='no address is given'),

    # ---- C
    q(C, 1, '崇明区城市体检工作由哪个部门会同哪些部门共同推进？', 'responsibility', 'doc', ['四、'],
      gold_bodies=['区建设管理委', '区发展改革委', '区经委', '区教育局', '区公安分局', '区民政局', '区财政局',
                   '区规划资源局', '区生态环境局', '区农业农村委', '区科委', '区住房保障局', '区交通委', '区水务局',
                   '区文化旅游局', '区卫生健康委', '区应急局', '区市场监管局', '区体育局', '区统计局', '区绿化市容局',
                   '区民防办', '区政务服务办', '区消防救援支队', '区大数据中心', '区城运中心'],
      gold_lead=['区建设管理委']),
    q(C, 2, '城市体检里碰到重大事项，谁牵头统筹协调？', 'responsibility', 'everyday', ['四、'],
      gold_bodies=['分管副区长'], gold_lead=['分管副区长']),
    q(C, 3, '区统计局在崇明城市体检里要做啥？', 'bureau_tasks', 'everyday', ['四、'], body='区统计局'),
    q(C, 4, '崇明在区级指标中增加了几个体现本区特色的指标？', 'fact', 'doc', ['一、'], figure='6个指标'),
    q(C, 5, '市级层面在住建部基础指标之外新增了多少个指标？', 'fact', 'doc', ['一、', '二、（一）'], figure='34个指标'),
    q(C, 6, '这次城市体检用的数据截到哪天？', 'fact', 'everyday', ['三、（二）'], figure='2020年12月31日'),
    q(C, 7, '崇明区城市体检正式报告要在几号前形成？', 'fact', 'everyday', ['三、（四）'], figure='10月15日前'),
    q(C, 8, '本区要建立怎样的城市体检评估常态化工作机制？', 'fact', 'doc', ['一、'], figure='一年一体检，五年一评估'),
    q(C, 9, '《2021年崇明区城市体检工作方案》的印发通知是哪天发的？', 'document', 'doc', figure='2021年9月9日'),
    q(C, 10, '崇明这个城市体检方案一共分几块？', 'document', 'everyday', figure='4',
      note='一、工作内容 二、工作方式 三、工作步骤 四、组织保障'),
    q(C, 11, '崇明区2021年城市体检的工作经费有多少？', 'fact', 'doc', answerable=False, note='no amount is given'),
    q(C, 12, '帮崇明做体检的第三方技术团队是哪家公司？', 'other', 'everyday', answerable=False,
      note='the team is mentioned but not named'),

    # ---- Q
    q(Q, 1, '限额以下小型建设工程的安全由哪个部门监管，并协同消防部门监管消防安全？', 'responsibility', 'doc', ['五、7.'],
      gold_bodies=['镇安监所'], gold_lead=[]),
    q(Q, 2, '七宝镇工地施工时新搭的违章建筑归谁拆？', 'responsibility', 'everyday', ['五、8.', '五、1.'],
      gold_bodies=['镇两违办'], gold_lead=[]),
    q(Q, 3, '镇投促中心在限额以下小型建设工程管理中负责哪些事项？', 'bureau_tasks', 'doc', ['四、（一）3.（2）', '五、6.'],
      body='镇投促中心'),
    q(Q, 4, '镇采购办对限额以下工程要管哪些事？', 'bureau_tasks', 'everyday', ['三、3.', '五、3.'], body='镇采购办'),
    q(Q, 5, '在建限额以下小型建设工程的安全、质量、文明施工监督程序由谁履行？', 'responsibility', 'doc', ['三、5.'],
      gold_bodies=['镇规建办', '安监所'], gold_lead=[]),
    q(Q, 6, '学校用财政资金搞小工程，项目申报时要哪几个部门会签？', 'responsibility', 'everyday', ['四、（一）3.（1）'],
      gold_bodies=['镇教委', '财政所'], gold_lead=[], check_order=False,
      note='财政所 (= 镇财政所) also occurs earlier inside 镇财政所, hence the order check is off'),
    q(Q, 7, '在七宝镇，总投资多少以下的工程算限额以下工程？', 'fact', 'everyday', ['一、'], figure='100万元'),
    q(Q, 8, '镇规建办收到限额以下工程项目申报材料后，规定在几个工作日内办结？', 'fact', 'doc', ['四、（一）4.'], figure='5个工作日'),
    q(Q, 9, '这个实施意见有不明白的地方，找哪个单位解释？', 'responsibility', 'everyday', ['七、2.'],
      gold_bodies=['七宝镇规划建设和环境保护办公室'], gold_lead=[]),
    q(Q, 10, '《七宝镇限额以下小型建设工程管理的实施意见》的落款日期是？', 'document', 'doc', figure='2020年9月27日'),
    q(Q, 11, '七宝镇建设工程管理领导小组组长叫什么名字？', 'other', 'everyday', answerable=False,
      note='only 分管副镇长 is said; the name list is in attachment 1, not given'),
    q(Q, 12, '不办备案手续擅自施工的建设单位要罚款多少？', 'fact', 'doc', answerable=False, note='no fine amount is given'),
]
