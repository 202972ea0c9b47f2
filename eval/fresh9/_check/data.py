DOCS = {
 'sh-putuo-binan-2025': dict(raw='raw_putuo.json'),
 'sh-hongkou-jubao-2025': dict(raw='raw_hongkou.json'),
 'sh-fengxian-wenwu-2023': dict(raw='raw_wenwu.json', att_start='上海市文物建筑消防安全标准化考核评分细则表(试行)'),
 'sh-changning-xiaofang-2020': dict(raw='raw_changning.json'),
 'sh-liangcang-guangfu-2025': dict(raw='raw_liangcang.json'),
}
QUESTIONS = []
CLAUSES = []

P, H, W, C, L = 'sh-putuo-binan-2025', 'sh-hongkou-jubao-2025', 'sh-fengxian-wenwu-2023', 'sh-changning-xiaofang-2020', 'sh-liangcang-guangfu-2025'


def cl(doc, unit, quote, bodies, form, lead=(), support=(), note=None):
    d = dict(doc=doc, unit=unit, quote=quote, bodies=list(bodies), lead=list(lead), support=list(support), form=form)
    if note: d['note'] = note
    CLAUSES.append(d)


# ---------------- sh-putuo-binan-2025 (第X条; 第六条 a labelled duty list （一）–（十四）) ----------------
LB = '第六条第（%s）项'
cl(P, LB % '一', '（一）区应急局：按照市规划要求，统筹协调指导应急避难场所规划、建设和使用工作，制定本区应急避难场所管理办法，组织编制专项规划、相关标准、预案，建设信息系统，督促和检查各街道、镇、行业主管部门应急避难场所管理责任落实情况。会同区粮食物资储备部门做好区级救灾物资的协调保障。',
   ['区应急局', '区粮食物资储备部门'], 'labelled', lead=['区应急局'], support=['区粮食物资储备部门'],
   note='labelled duty line; its last sentence has the labelled body 会同区粮食物资储备部门 (lead = the subject of 会同); 各街道、镇、行业主管部门 are objects of 督促和检查')
cl(P, LB % '二', '（二）区发改委：在全区国民经济和社会发展规划中纳入应急避难场所建设内容，按照规划要求，将应急避难场所纳入审批项目内容。', ['区发改委'], 'labelled')
cl(P, LB % '三', '（三）区规划资源局：配合做好全区应急避难场所专项规划编制，在市规划资源局指导下完善落实区域规划和控制性详细规划，并将应急避难场所建设要求纳入规划和土地出让合同。', ['区规划资源局'], 'labelled', note='市规划资源局 only guides (在…指导下): no task')
cl(P, LB % '四', '（四）区建管委、区房管局：负责协调指导应急避难场所启用后的交通运输保障工作，按照市住建委工作要求，将应急避难场所建设内容纳入新建、改建和旧区改造等城市更新项目的建设管理流程。', ['区建管委', '区房管局'], 'labelled', note='市住建委 is the source of requirements, no task')
cl(P, LB % '五', '（五）区财政局：负责按照相关管理体制，落实应急避难场所建设所需经费，做好应急避难场所指导、协调、检查及建设经费保障。', ['区财政局'], 'labelled')
cl(P, LB % '六', '（六）区公安分局：组织协调指导应急避难场所启用后的现场警戒、道路交通管制和应急避难场所的治安维护。', ['区公安分局'], 'labelled')
cl(P, LB % '七', '（七）区卫生健康委：组织协调指导应急避难场所启用后的医疗救治工作，加大医疗资源对应急避难场所的覆盖，做到紧急情况下可迅速应急响应。', ['区卫生健康委'], 'labelled')
cl(P, LB % '八', '（八）区商务委：指导利用区属会展场馆建设应急避难场所，指导各管理单位做好会展场馆、商场应急避难场所的管理、使用。根据《上海市市级应急救灾物资储备管理办法》的工作要求，配合落实应急救灾物资储备和管理工作。', ['区商务委'], 'labelled')
cl(P, LB % '九', '（九）区教育局：指导利用区属学校建设应急避难场所，指导各管理单位做好学校应急避难场所的管理、使用。', ['区教育局'], 'labelled')
cl(P, LB % '十', '（十）区绿化市容局：指导利用区属公园绿地建设应急避难场所，指导各管理单位做好公园绿地应急避难场所的管理、使用。', ['区绿化市容局'], 'labelled')
cl(P, LB % '十一', '（十一）区文旅局：指导利用区属文旅设施建设应急避难场所，指导各管理单位做好本行业应急避难场所的管理、使用。', ['区文旅局'], 'labelled')
cl(P, LB % '十二', '（十二）区体育局：指导利用区属体育馆场馆建设应急避难场所，指导各管理单位做好体育场馆应急避难场所的管理、使用。', ['区体育局'], 'labelled')
cl(P, LB % '十三', '（十三）区消防救援局：指导应急避难场所的消防安全管理工作。', ['区消防救援局'], 'labelled')
cl(P, LB % '十四', '（十四）各街道、镇：按照区规划要求，制定本街道、镇应急避难场所建设的五年方案和分年度计划，统筹推进区域内社区应急避难场所建设。', ['各街道、镇'], 'labelled', note='collective body kept as one')
cl(P, '第七条', '区应急局、区规划资源局牵头组织编制本辖区应急避难场所的专项规划，把应急避难场所作为城市规划的重要组成部分，纳入城市基础设施和公共服务设施建设的重要内容。', ['区应急局', '区规划资源局'], 'sentence-lead', lead=['区应急局', '区规划资源局'])
cl(P, '第八条', '区应急局组织开展安全风险、防灾减灾需求和应急避难资源调查评估，将其结果作为应急避难场所规划设计的前提条件。', ['区应急局'], 'fuze-sentence')
cl(P, '第十四条', '区应急局通过适用性、安全性评估，掌握辖区内大型厂房、仓库、园区和防汛安置点等临时性应急避难场所资源，作为现有应急避难场所储备。', ['区应急局'], 'fuze-sentence')
cl(P, '第十七条', '区应急局应建立应急避难场所综合管理信息系统，实现资源汇聚共享和信息化、清单化、动态化管理，满足公众查询等服务需要。', ['区应急局'], 'fuze-sentence')
cl(P, '第二十三条', '区应急局应当会同有关部门，组织指导应急避难场所服务范围内的机关、团体、企业事业单位、学校、村（居）民委员会开展应急疏散演练。', ['区应急局'], 'huitong', lead=['区应急局'], note='会同 a generic object (有关部门): no partner')
cl(P, '第二十四条', '区应急局应当会同有关部门，定期对应急避难场所的设施设备配备、出入口通畅情况、标志标识标牌设置、维护管理、应急启用预案编制等进行指导和监督。', ['区应急局'], 'huitong', lead=['区应急局'])
cl(P, '第二十五条', '区应急局应当会同有关部门，定期对应急避难场所标准情况，保障能力开展安全评估，确保应急避难场所可用实用。', ['区应急局'], 'huitong', lead=['区应急局'])
cl(P, '第二十六条', '区应急局依照法律法规等有关规定，根据突发事件预警预报和实际应对工作需要，作出辖区内的应急避难场所启用决定。组织各街道、镇、管理单位做好应急避难场所启用、受灾群众转移、应急物资保障以及场所现场管理等方面工作。', ['区应急局'], 'fuze-sentence', note='各街道、镇、管理单位 are organised by 区应急局 (objects)')
cl(P, '第二十七条', '应急避难场所启用决定作出后，行业主管部门、各街道、镇、管理单位应当根据发布的决定、命令，采取有效措施做好应急避难人员登记、物资调拨与发放、安全保卫、医疗救护、卫生防疫、垃圾清理、供水、供电、通信等场所运行保障工作，确保应急避难场所安全正常运行。', ['各街道、镇'], 'fuze-sentence', note='行业主管部门 and 管理单位 generic, left out')
cl(P, '第二十九条', '根据紧急避险和转移安置工作实际需要，区应急局可在本辖区内协调指定或向社会征用符合要求的安全场所，作为临时应急避难场所。', ['区应急局'], 'fuze-sentence')
cl(P, '第三十条', '突发事件应急处置工作结束后，区应急局、行业主管部门、各街道、镇有序组织避难人员撤离，恢复场所原有功能，并及时返还被征用财产。', ['区应急局', '各街道、镇'], 'fuze-sentence')
cl(P, '第三十一条', '本办法由区应急局会同相关部门负责具体解释。', ['区应急局'], 'huitong', lead=['区应急局'])

# ---------------- sh-hongkou-jubao-2025 (第X条; few named bodies) ----------------
cl(H, '第九条第（五）项', '经区应急管理局认定属于重大生产安全事故隐患，作出行政处罚的，给予举报人2000元人民币奖励；经区应急管理局认定属于较大生产安全事故隐患，限期整改并作出行政处罚的，给予举报人500元人民币奖励；经区应急管理局认定属于一般生产安全事故隐患，限期整改的，给予举报人200元人民币奖励。',
   ['区应急管理局'], 'fuze-sentence', note='经A认定: the determination of the grade of a 生产安全事故隐患 is given to 区应急管理局')
cl(H, '第十六条', '本办法由区应急管理局、区公安分局、区消防救援支队共同负责解释。', ['区应急管理局', '区公安分局', '区消防救援支队'], 'fuze-sentence', note='共同负责, no lead')

# ---------------- sh-fengxian-wenwu-2023 (sentences in the steps of 三、) ----------------
cl(W, '三、（一）', '区文保所负责收集各单位工作方案、自查报告等相关材料，', ['区文保所'], 'fuze-sentence')
cl(W, '三、（一）', '万佛阁作为此次消防安全标准化管理工作示范单位，在全区做好推广宣传。', ['万佛阁'], 'fuze-sentence', note='a site (temple) named as the model unit and given the task of 推广宣传')
cl(W, '三、（二）', '区文物局将会同区消防支队，对各单位的工作开展情况进行督导，培训，确保整改工作的顺利推进。', ['区文物局', '区消防支队'], 'huitong', lead=['区文物局'], support=['区消防支队'])
cl(W, '三、（三）', '将由区文物局牵头，组织力量对重点单位自查整改工作进行统一检查，并向各属地单位通报检查结果。', ['区文物局'], 'sentence-lead', lead=['区文物局'])

# ---------------- sh-liangcang-guangfu-2025 (few bodies: 各区, 电网企业) ----------------
cl(L, '二、（一）', '各区要结合本区粮仓情况，持续开展既有屋顶资源梳理排查，建立符合安全条件的屋顶资源项目清单，实行动态管理，有序推进开发。', ['各区'], 'fuze-sentence', note='collective 各区 kept: the only body given the task')
cl(L, '二、（四）', '电网企业应优化配电网规划设计运行，提高配电网智能化水平，优化粮仓光伏发电项目并网流程，加强配电网升级改造，确保配套电网与粮仓光伏发电项目同步建成、同步并网，实现应接尽接。', ['电网企业'], 'fuze-sentence', note='a kind of enterprise, the only subject of the article; kept as written')

# ---------------- sh-changning-xiaofang-2020 (第X条; 第十条 (一)–(二十八) one department per item, fuze sentences) ----------------
X = '第十条第（%s）项'
cl(C, '第四条', '区消防安全委员会应当定期召开成员单位会议，分析研判消防安全形势，协调指导消防工作开展，督促解决消防工作重大问题，对政府相关部门(单位)进行消防安全履职监督，', ['区消防安全委员会'], 'fuze-sentence')
cl(C, '第六条', '区政府应当落实消防工作责任制，履行下列共同职责：', ['区政府'], 'labelled', note='opens a list of duties （一）–（十三）')
cl(C, '第七条', '区政府除履行第六条规定的职责外，还应当履行下列职责：', ['区政府'], 'labelled')
cl(C, '第八条', '街道办事处及镇政府消防工作职责：', ['街道办事处', '镇政府'], 'labelled')
cl(C, '第八条', '区临空办参照街道办事处及镇政府消防工作职责。', ['区临空办'], 'fuze-sentence', note='paragraph after item （四）, belongs to the article')
cl(C, '第九条', '区政府各工作部门应当在各自职责范围内履行下列共同职责：', ['区政府各工作部门'], 'labelled', note='collective body kept as one')
cl(C, X % '一', '区发展改革委应当将消防工作纳入国民经济和社会发展中长期规划。', ['区发展改革委'], 'fuze-sentence')
cl(C, X % '二', '区商务委负责督促商贸行业的消防安全管理工作，推动社会商贸企业消防安全标准化管理建设。', ['区商务委'], 'fuze-sentence')
cl(C, X % '三', '区教育局负责学校、幼儿园、托幼和经许可的文化教育培训机构管理中的行业消防安全。', ['区教育局'], 'fuze-sentence')
cl(C, X % '四', '区科委负责指导、督促科学研究机构加强消防安全管理。', ['区科委'], 'fuze-sentence', note='its next sentence (…会同有关部门推动消防科研成果转化应用) has 区科委 as implied subject and a generic object')
cl(C, X % '四', '区科协应将消防知识纳入科普教育内容。', ['区科协'], 'fuze-sentence')
cl(C, X % '四', '区信息委将“智慧消防”纳入本区“智慧城市”建设，并提供相关技术支持。', ['区信息委'], 'fuze-sentence')
cl(C, X % '五', '区民族宗教办负责加强寺庙、道观、教堂等宗教活动场所的消防安全管理工作，指导开展消防安全标准化管理。', ['区民族宗教办'], 'fuze-sentence')
cl(C, X % '六', '区公安分局负责依据本市工作意见开展防火工作，查处涉及消防安全管理的违法行为，协助开展火灾事故调查处理工作，办理失火罪和消防责任事故罪等涉嫌消防安全犯罪的刑事案件。', ['区公安分局'], 'fuze-sentence')
cl(C, X % '六', '公安派出所根据国务院公安部门及本市有关规定，负责日常消防监督检查，开展消防宣传教育。', ['公安派出所'], 'fuze-sentence', note='国务院公安部门 is the source of rules, no task')
cl(C, X % '七', '区民政局负责社会福利、特困人员供养、救助管理、未成年人保护、婚姻、殡葬、养老机构等民政服务机构的行业消防安全。', ['区民政局'], 'fuze-sentence')
cl(C, X % '八', '区财政局按规定对消防资金进行预算管理，落实经费保障。', ['区财政局'], 'fuze-sentence')
cl(C, X % '九', '区人力资源社会保障局会同区消防救援支队开展消防职业技能培训机构的审批和管理，负责职业培训机构管理中的行业消防安全。', ['区人力资源社会保障局', '区消防救援支队'], 'huitong', lead=['区人力资源社会保障局'], support=['区消防救援支队'])
cl(C, X % '十', '区规划资源局负责配合行业主管部门组织编制消防专项规划，预留消防站规划用地，并负责监督实施。', ['区规划资源局'], 'fuze-sentence')
cl(C, X % '十一', '区生态环境局负责对有毒化学品事故现场进行应急监测，对重大危险化学品污染事故和生态破坏事件的调查处理。', ['区生态环境局'], 'fuze-sentence')
cl(C, X % '十二', '区建设管理委负责房建和市政(非交通类)建设工程竣工验收前的消防安全监督管理工作。', ['区建设管理委'], 'fuze-sentence', note='the item goes on with more 区建设管理委 duties; 相关消防执法和管理机构牵头 is generic (no lead)')
cl(C, X % '十二', '区交通委负责区域内有关道路运输、交通设施等行业安全生产日常监督管理，落实安全生产监督管理责任;', ['区交通委'], 'fuze-sentence', note='市交通执法部门、区公安分局交警支队 are the bodies it 协助 (objects), given no task here')
cl(C, X % '十二', '区水务局协助联系城区供水、排水设施和管网等安全监督管理。', ['区水务局'], 'fuze-sentence')
cl(C, X % '十三', '区房管局负责物业管理、房屋征收拆迁、拆除工程等房地产业消防安全监督管理工作。', ['区房管局'], 'fuze-sentence')
cl(C, X % '十四', '区文化旅游局负责文化娱乐场所审批和管理中的行业消防安全工作，', ['区文化旅游局'], 'fuze-sentence')
cl(C, X % '十五', '区卫生健康委负责医疗卫生机构、计划生育技术服务机构审批和管理中的行业消防安全，', ['区卫生健康委'], 'fuze-sentence')
cl(C, X % '十六', '区退役军人局负责区军队离休退休干部休养所等机构的消防安全管理职责。', ['区退役军人局'], 'fuze-sentence')
cl(C, X % '十七', '区应急局负责严格依法对危险化学品生产、经营、储存、使用企业的安全生产实施监督管理，', ['区应急局'], 'fuze-sentence', note='区消防救援支队 at the end of the item is an object (通报区消防救援支队)')
cl(C, X % '十八', '区市场监管局负责依法对生产、流通领域消防产品质量实施监督管理，查处消防产品质量违法行为。', ['区市场监管局'], 'fuze-sentence')
cl(C, X % '十九', '区国资委负责指导、督促、检查国资系统企业加强消防安全管理。', ['区国资委'], 'fuze-sentence')
cl(C, X % '二十', '区体育局负责加强对体育类场馆等系统单位的消防安全管理，', ['区体育局'], 'fuze-sentence')
cl(C, X % '二十一', '区绿化市容局负责组织、协调本区护绿防火工作。', ['区绿化市容局'], 'fuze-sentence')
cl(C, X % '二十二', '区城管执法局负责依法对擅自搭建建筑物、构筑物行为，', ['区城管执法局'], 'fuze-sentence')
cl(C, X % '二十三', '区民防办负责对公用民防工程消防安全进行监督检查。', ['区民防办'], 'fuze-sentence')
cl(C, X % '二十四', '区投促办(区金融办)负责配合国家在沪金融管理部门指导、督促银行业金融机构、证券机构、保险机构及服务网点、派出机构落实消防安全管理，', ['区投促办(区金融办)'], 'fuze-sentence', note='one body with its second name in brackets, kept as written; the bodies it 配合 are given no task here')
cl(C, X % '二十六', '区城运中心负责统筹将公共区域单位场所内可巡查发现的公共消防设施问题和消防安全隐患线索纳入城市网格化综合管理中，', ['区城运中心'], 'fuze-sentence')
cl(C, X % '二十七', '区政府新闻办负责指导区级媒体消防安全管理，加强消防安全工作。', ['区政府新闻办'], 'fuze-sentence')
cl(C, X % '二十八', '区消防救援支队负责对机关、团体、企业、事业等单位遵守消防法律、法规的情况依法进行监督检查，', ['区消防救援支队'], 'fuze-sentence')
cl(C, '第十八条', '居民委员会应当协助政府及其派出机关做好消防安全工作，具体内容包括：', ['居民委员会'], 'labelled', note='a kind of body, kept (opens a duty list)')
cl(C, '第十九条', '业主大会、业主委员会应当履行下列住宅物业消防安全责任：', ['业主大会', '业主委员会'], 'labelled', note='kinds of body, kept (opens a duty list)')
cl(C, '第二十条', '物业服务企业应当履行下列消防安全责任：', ['物业服务企业'], 'labelled', note='a kind of body, kept (opens a duty list)')
cl(C, '第二十一条', '区政府应当建立健全消防工作考核评价体系，明确消防工作目标责任，纳入日常检查、政务督查的重要内容，组织年度消防工作考核，确保消防安全责任落实。', ['区政府'], 'fuze-sentence')
cl(C, '第二十二条', '区消防安全委员会应当定期召开成员单位会议，分析研判消防安全形势，协调指导消防工作开展，督促解决消防工作重大问题。', ['区消防安全委员会'], 'fuze-sentence')
cl(C, '第二十四条', '区政府建立消防工作约谈机制，', ['区政府'], 'fuze-sentence')
cl(C, '第二十六条', '区公安分局、区建设管理委、区消防救援支队及其工作人员履行法定消防工作职责时，应当做到公正、严格、文明、高效，', ['区公安分局', '区建设管理委', '区消防救援支队'], 'fuze-sentence')
cl(C, '第二十八条', '发生造成人员伤亡或产生社会影响的一般或较大火灾事故，由区级人民政府组织调查处理;', ['区级人民政府'], 'fuze-sentence')
cl(C, '第二十八条', '发生重大火灾事故的，由市人民政府组织调查处理。', ['市人民政府'], 'fuze-sentence')


def q(doc, n, question, intent, style, units=(), **kw):
    short = {P: 'sh-putuo-binan-2025', H: 'sh-hongkou-jubao-2025', W: 'sh-fengxian-wenwu-2023', C: 'sh-changning-xiaofang-2020', L: 'sh-liangcang-guangfu-2025'}[doc]
    d = dict(id='pol-fresh9-%s-%02d' % (short, n), doc=doc, question=question, intent=intent, style=style, gold_units=list(units))
    d.update(kw)
    QUESTIONS.append(d)


# ---------------- sh-putuo-binan-2025 ----------------
q(P, 1, '普陀区应急避难场所专项规划由哪些部门牵头组织编制？', 'responsibility', 'doc', ['第七条'],
  gold_bodies=['区应急局', '区规划资源局'], gold_lead=['区应急局', '区规划资源局'])
q(P, 2, '避难场所开放以后，现场谁来维持治安、封路管制？', 'responsibility', 'everyday', ['第六条第（六）项'],
  gold_bodies=['区公安分局'], gold_lead=[])
q(P, 3, '避难场所启用以后有人受伤生病，医疗救治由谁来组织协调？', 'responsibility', 'everyday', ['第六条第（七）项'],
  gold_bodies=['区卫生健康委'], gold_lead=[])
q(P, 4, '应急避难场所启用后的交通运输保障工作由哪些部门负责协调指导？', 'responsibility', 'doc', ['第六条第（四）项'],
  gold_bodies=['区建管委', '区房管局'], gold_lead=[])
q(P, 5, '区应急局在应急避难场所工作中承担哪些职责？', 'bureau_tasks', 'doc',
  ['第六条第（一）项', '第七条', '第八条', '第十四条', '第十七条', '第二十三条', '第二十四条', '第二十五条', '第二十六条', '第二十九条', '第三十条', '第三十一条'], body='区应急局')
q(P, 6, '区规划资源局在避难场所这件事上要做些什么？', 'bureau_tasks', 'everyday', ['第六条第（三）项', '第七条'], body='区规划资源局')
q(P, 7, '这个管理办法的有效期到哪一天为止？', 'fact', 'everyday', ['第三十二条'], figure='2027年12月31日')
q(P, 8, '应急避难场所的启用决定由谁作出？', 'responsibility', 'doc', ['第二十六条'], gold_bodies=['区应急局'], gold_lead=[])
q(P, 9, '普陀区应急避难场所管理办法是哪个单位印发的？', 'document', 'doc', [], figure='上海市普陀区应急管理局')
q(P, 10, '普陀区应急避难场所管理办法的文号是多少？', 'document', 'doc', [], answerable=False, must_not=['普应急〔', '普应急'],
  note='the notice prints no 文号 (应急〔2023〕76号 and 沪应急应对〔2024〕86号 are documents it cites); the repository metadata has one')
q(P, 11, '已经开放的避难场所，老百姓进去住要不要交钱？', 'requirement', 'everyday', ['第二十八条'])
q(P, 12, '普陀区现在一共建成了多少个应急避难场所？', 'fact', 'everyday', [], answerable=False, must_not=['个应急避难场所', '个避难场所'],
  note='the text gives no count of places')

# ---------------- sh-hongkou-jubao-2025 ----------------
q(H, 1, '举报楼道里有人给电瓶车充电，能拿到多少奖励？', 'fact', 'everyday', ['第九条第（四）项'], figure='20元',
  note='第三条第（八）项 (居民住宅疏散走道、门厅) → 第九条第（四）项')
q(H, 2, '同一举报人对同一单位举报多个隐患，单次发放奖励合计最多多少？', 'fact', 'doc', ['第十条'], figure='3000元')
q(H, 3, '虹口区安全生产和消防安全隐患的举报受理专线号码是多少？', 'fact', 'doc', ['第二条'], figure='021-55828311')
q(H, 4, '举报热线每天几点到几点有人接？', 'fact', 'everyday', ['第二条'], figure='上午9时至中午11时以及下午13时至17时')
q(H, 5, '接到领奖通知以后，要在多长时间内把身份证、银行卡这些信息交上去？', 'fact', 'everyday', ['第十二条'], figure='30日内')
q(H, 6, '举报事项处理完毕后，职能部门应在几个工作日内告知举报人？', 'fact', 'doc', ['第十一条'], figure='5个工作日内')
q(H, 7, '《虹口区安全生产和消防安全隐患举报奖励实施办法（试行）》由哪些部门负责解释？', 'responsibility', 'doc', ['第十六条'],
  gold_bodies=['区应急管理局', '区公安分局', '区消防救援支队'], gold_lead=[])
q(H, 8, '举报工厂的安全生产隐患，隐患算重大、较大还是一般，是哪个部门来认定？', 'responsibility', 'everyday', ['第九条第（五）项'],
  gold_bodies=['区应急管理局'], gold_lead=[])
q(H, 9, '这个举报奖励办法从什么时候开始施行？', 'fact', 'doc', ['第十七条'], figure='自印发后30日起施行')
q(H, 10, '我爸在区里管消防安全工作的机关上班，我去举报隐患能领奖金吗？', 'requirement', 'everyday', ['第八条第（一）项'])
q(H, 11, '虹口区每年安排的举报奖励经费总额是多少万元？', 'fact', 'everyday', [], answerable=False, must_not=['万元', '总额'],
  note='第五条 says only that the fund is 区级财力保障')
q(H, 12, '举报奖励到哪个窗口现场领取，地址在哪？', 'other', 'everyday', [], answerable=False, must_not=['窗口', '现场领取'],
  note='第十二条 names the information to provide, not a place to collect the reward')

# ---------------- sh-fengxian-wenwu-2023 ----------------
q(W, 1, '文物建筑消防安全标准化建设中，各单位的工作方案和自查报告由谁负责收集？', 'responsibility', 'doc', ['三、（一）'],
  gold_bodies=['区文保所'], gold_lead=[])
q(W, 2, '6月到8月集中整改期间，对各单位工作开展情况的督导和培训由哪些单位进行？', 'responsibility', 'doc', ['三、（二）'],
  gold_bodies=['区文物局', '区消防支队'], gold_lead=['区文物局'])
q(W, 3, '9月份那次统一检查是哪个部门牵头搞的？', 'responsibility', 'everyday', ['三、（三）'],
  gold_bodies=['区文物局'], gold_lead=['区文物局'])
q(W, 4, '区文物局在这次文物消防标准化建设里要做哪些事？', 'bureau_tasks', 'everyday', ['三、（二）', '三、（三）'], body='区文物局')
q(W, 5, '辖区文物建筑的问题要在哪一天之前全部整改到位？', 'fact', 'doc', ['三、（二）'], figure='8月31日')
q(W, 6, '这次文物消防安全标准化建设分几个阶段实施？', 'fact', 'doc', ['三、'], figure='三个阶段')
q(W, 7, '哪家单位被定为示范单位，负责在全区做推广宣传？', 'responsibility', 'everyday', ['三、（一）'],
  gold_bodies=['万佛阁'], gold_lead=[])
q(W, 8, '排查出来的隐患按什么原则制定整改计划？', 'fact', 'doc', ['四、（二）'], figure='一镇一方案')
q(W, 9, '有些私人住宅情况复杂、一时改不完，文件说怎么处理？', 'requirement', 'everyday', ['四、（三）'])
q(W, 10, '奉贤区这个文物建筑消防实施方案正文分为几个部分？', 'document', 'doc', [], figure='4', figure_in_text=False,
  note='一、工作目标 二、工作内容 三、工作步骤 四、工作要求')
q(W, 11, '这份文物消防安全标准化实施方案的文号是什么？', 'document', 'doc', [], answerable=False, must_not=['沪奉文物〔2023〕', '文〔2023〕'],
  note='no 文号 of this notice is printed in the text (沪文物〔2018〕26号 is the city notice it follows); the repository metadata has one')
q(W, 12, '文物单位消防标准化考核达标的，区里给多少奖励资金？', 'fact', 'everyday', [], answerable=False, must_not=['奖励资金', '万元'])

# ---------------- sh-liangcang-guangfu-2025 ----------------
q(L, 1, '到2027年，上海市内仓顶光伏装机容量要达到多少？', 'fact', 'doc', ['一、'], figure='1.5万千瓦以上')
q(L, 2, '新建平房仓、楼房仓的屋顶光伏覆盖率要达到多少？', 'fact', 'doc', ['一、'], figure='50%以上')
q(L, 3, '一个粮库屋顶面积至少要多大才符合装光伏的条件？', 'fact', 'everyday', ['三、1.'], figure='1500平方米以上')
q(L, 4, '粮仓光伏发电项目的并网流程优化、配套电网同步建成由谁负责？', 'responsibility', 'doc', ['二、（四）'],
  gold_bodies=['电网企业'], gold_lead=[])
q(L, 5, '粮仓屋顶资源的梳理排查、建项目清单是谁的活？', 'responsibility', 'everyday', ['二、（一）'],
  gold_bodies=['各区'], gold_lead=[])
q(L, 6, '《上海市粮仓光伏建设实施方案》的发文字号是多少？', 'document', 'doc', [], figure='沪粮仓〔2025〕18号')
q(L, 7, '粮仓光伏这个方案是哪两个单位联合印发的？', 'document', 'everyday', [], figure='上海市发展和改革委员会、上海市粮食和物资储备局',
  figure_in_text=False, note='the two signatures are printed on separate lines: 上海市发展和改革委员会 / 上海市粮食和物资储备局')
q(L, 8, '粮仓光伏建设实施方案是哪天印发的？', 'document', 'doc', [], figure='2025年2月28日')
q(L, 9, '粮仓装光伏每千瓦能补贴多少钱？', 'fact', 'everyday', [], answerable=False, must_not=['元/千瓦', '元每千瓦', '万元'],
  note='四 refers only to 市级、区级可再生能源专项资金支持政策, no amount')
q(L, 10, '粮仓光伏项目申报的截止时间是什么时候？', 'fact', 'everyday', [], answerable=False, must_not=['截止', '申报'])

# ---------------- sh-changning-xiaofang-2020 ----------------
q(C, 1, '消防职业技能培训机构的审批和管理由哪些部门负责？', 'responsibility', 'doc', ['第十条第（九）项'],
  gold_bodies=['区人力资源社会保障局', '区消防救援支队'], gold_lead=['区人力资源社会保障局'])
q(C, 2, '有人乱改装电动自行车，长宁区归哪个部门整治？', 'responsibility', 'everyday', ['第十条第（十八）项'],
  gold_bodies=['区市场监管局'], gold_lead=[])
q(C, 3, '寺庙、教堂这些地方的消防安全是哪个部门管？', 'responsibility', 'everyday', ['第十条第（五）项'],
  gold_bodies=['区民族宗教办'], gold_lead=[])
q(C, 4, '公用民防工程的消防安全由哪个部门进行监督检查？', 'responsibility', 'doc', ['第十条第（二十三）项'],
  gold_bodies=['区民防办'], gold_lead=[])
q(C, 5, '区消防救援支队在这个细则里要承担哪些责任？', 'bureau_tasks', 'doc', ['第十条第（九）项', '第十条第（二十八）项', '第二十六条'], body='区消防救援支队')
q(C, 6, '长宁区政府自己在消防上要履行哪些职责？', 'bureau_tasks', 'everyday', ['第六条', '第七条', '第二十一条', '第二十四条'], body='区政府')
q(C, 7, '区公安分局的消防工作职责有哪些？', 'bureau_tasks', 'doc', ['第十条第（六）项', '第二十六条'], body='区公安分局')
q(C, 8, '对报请挂牌督办的重大火灾隐患，区政府要在多少个工作日内作出决定？', 'fact', 'doc', ['第六条第（四）项'], figure='7个工作日')
q(C, 9, '单位设了消防控制室的话，每班至少要几个人值班？', 'fact', 'everyday', ['第十一条第（三）项'], figure='2人')
q(C, 10, '一般或较大的火灾事故由谁组织调查处理？', 'responsibility', 'doc', ['第二十八条'], gold_bodies=['区级人民政府'], gold_lead=[])
q(C, 11, '这个消防安全责任制实施细则是哪个单位制订的？', 'document', 'everyday', [], figure='区消防救援支队',
  note='the covering notice: 区消防救援支队制订的…, 转发 by 上海市长宁区人民政府办公室')
q(C, 12, '长宁区政府办公室转发这份细则的通知是哪天发出的？', 'document', 'doc', [], figure='2020年10月30日')
q(C, 13, '违反这个细则的单位要被罚款多少？', 'fact', 'everyday', [], answerable=False, must_not=['罚款', '万元'],
  note='the text mentions 实施消防行政处罚 as a duty of 区消防救援支队 but no amount')
q(C, 14, '长宁区消防救援支队的值班电话是多少？', 'fact', 'everyday', [], answerable=False, must_not=['电话', '021-'])
