"""Conventions of Chinese official documents that hold across documents: responsibility clause forms, body
morphology and level, document-wide conventions, labelled metadata, two-line titles, unique unit ids, and the
per-document evaluation's scoring. One test per family of data in indexer/data/."""
import json

import pytest
from conftest import CORPUS

from indexer.evaluation import by_document as de
from indexer.reading.cleaning import clean
from indexer.answers.document_answers import asked_field
from indexer.reading.loading import Source
from indexer.structure.bodynames import BodyTable, body_level, issuer_level, looks_like_body
from indexer.structure.responsibilities import extract, table_rows
from indexer.structure.units import parse
from indexer.types import Unit

NONE = BodyTable()
DISTRICT = BodyTable.load(CORPUS / "bodies.json")


def _unit(text: str) -> Unit:
    return Unit("d#（一）", "d", "article", "（一）", "", ("（一）",), 0, len(text), text, None, True)


def _roles(text: str, table=NONE, issuer="国务院办公厅"):
    return [[(b.name, b.role) for b in r.bodies] for r in extract(text, [_unit(text)], table, issuer)]


@pytest.mark.parametrize("text, expected", [
    ("（一）加大支持。给予倾斜。（人力资源社会保障部、财政部负责）",
     [[("人力资源社会保障部", "listed"), ("财政部", "listed")]]),
    ("（一）加大支持。给予倾斜。（国家发展改革委、财政部等负责）",
     [[("国家发展改革委", "listed"), ("财政部", "listed")]]),
    ("（一）开展试点。（市场监管总局牵头负责）", [[("市场监管总局", "lead")]]),
    ("（一）治理污染。（生态环境部牵头，农业农村部、水利部参与）",
     [[("生态环境部", "lead"), ("农业农村部", "support"), ("水利部", "support")]]),
    ("（一）推广技术。（农业农村部、市场监管总局指导）", [[("农业农村部", "listed"), ("市场监管总局", "listed")]]),
    ("（一）加强统筹。（省发展改革委主办，省财政厅、省教育厅协办）",        # 主办 leads as 牵头 does, 协办 assists
     [[("省发展改革委", "lead"), ("省财政厅", "support"), ("省教育厅", "support")]]),
    ("（二）强化落实。责任单位：市发展改革委（牵头）、市财政局（配合）、市商务局",   # a role in brackets after a name
     [[("市发展改革委", "lead"), ("市财政局", "support"), ("市商务局", "listed")]]),
    ("（三）加快发展。（各市、县（市、区）人民政府负责）", [[("各市、县（市、区）人民政府", "listed")]]),
    ("（四）推进建设。（市住建局按职责分工负责，各区、县（市）政府落实）",
     [[("市住建局", "listed"), ("各区、县（市）政府", "listed")]]),
    ("（一）完善评价。（国家发展改革委会同有关部门负责）", [[("国家发展改革委", "lead")]]),
    ("（一）建设平台。（牵头单位：市发展改革委，配合单位：市财政局、市商务局，各区、县级市）",
     [[("市发展改革委", "lead"), ("市财政局", "support"), ("市商务局", "support"), ("各区、县级市", "support")]]),
    ("（一）优化准入。〔责任单位：省市场监管局、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，下同。〕",
     [[("省市场监管局", "listed"), ("商务厅", "listed")]]),
    ("（一）提升服务。\n牵头单位：区发改局\n责任单位：立山经济开发区，各街道",
     [[("区发改局", "lead"), ("立山经济开发区", "listed"), ("各街道", "listed")]]),
    # 实施主体 / 责任主体 label a list of bodies; 行业主管部门 names a kind of body, not one
    ("（一）开展体检。\n实施主体：属地镇政府、各行业主管部门", [[("属地镇政府", "listed")]]),
    ("（二）营造氛围。（区委宣传部、各行业管理部门负责）", [[("区委宣传部", "listed")]]),
    ("（一）开展体检。\n责任主体：区城管执法局", [[("区城管执法局", "listed")]]),
])
def test_clause_forms(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the divisions of a bureau (处/科/股) are bodies in a clause
    ("（一）加强抽查。（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责）",
     [[("市局特种设备安全监察处", "lead"), ("执法稽查处", "listed"), ("信用监督管理处", "listed")]]),
    ("（一）清理文件。（区市场监管局办公室、法规科、综合股负责）",
     [[("区市场监管局办公室", "listed"), ("法规科", "listed"), ("综合股", "listed")]]),
    # a word with the same ending is none (data/responsibility.json not_bodies, word_continues)
    ("（一）加强管理。各地要看到此处的好处负责。", []),
    ("（一）强化平台应用。推动跨部门协同。", []),
    # 办公区域 goes on after 办: 各处室保持办 is no name, 各处室 is
    ("（一）卫生防疫。各处室保持办公区域卫生、整洁。", [[("各处室", "responsible")]]),
    ("（一）加大投入。市财政年度预算中用于科学技术经费的增长幅度应当高于经常性收入。", []),
])
def test_divisions_of_a_bureau(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 等和 closes a list before the collective bodies; 各有关省级人民政府 is one collective body
    ("（一）开展流通。（商务部、共青团中央、供销合作总社等和各有关省级人民政府负责）",
     [[("商务部", "listed"), ("共青团中央", "listed"), ("供销合作总社", "listed"), ("各有关省级人民政府", "listed")]]),
    # the groups after A牵头 name partners by their act
    ("（一）职责分工。区民防办、区应急局牵头，区财政局、区教育局等部门履行相应职责，各镇政府落实主体责任。",
     [[("区民防办", "lead"), ("区应急局", "lead"), ("区财政局", "support"), ("区教育局", "support"),
       ("各镇政府", "support")]]),
    # the setting before the subject: 按照…原则，在…领导下，
    ("（一）职责分工。按照属地负责的原则，在区政府的统一领导下，区民防办牵头，区财政局配合。",
     [[("区民防办", "lead"), ("区财政局", "support")]]),
    # a subject that 发挥牵头作用 leads
    ("（一）加强领导。市场监管总局要发挥牵头作用，会同各有关部门共同推进。", [[("市场监管总局", "lead")]]),
    ("（一）强化领导。市商务局要切实发挥全市追溯体系建设工作的牵头协调作用，建立例会制度。", [[("市商务局", "lead")]]),
    ("（二）强化指导。人力资源社会保障部门要充分发挥牵头抓总的作用，加强工作督促指导。", [[("人力资源社会保障部门", "lead")]]),
    ("（三）加强协调。区建管委要发挥日常协调作用，细化任务分工。", [[("区建管委", "responsible")]]),
    # 给予 is a body's act, 按规定 an adverb before it (not the 机构 of a name going on: 给予培训机构)
    ("6.培训补贴标准。财政部门、人力资源社会保障部门按规定给予培训机构培训补贴，补贴标准为每人40元。",
     [[("财政部门", "responsible"), ("人力资源社会保障部门", "responsible")]]),
    ("（七）加强保障。市财政局给予培训机构培训补贴。", [[("市财政局", "responsible")]]),
    # a kind of body inside a list of bodies is no body, and the list goes on after it
    ("（五）营造氛围。区委宣传部、区文明办、各行业管理部门和街镇（工业区）要充分利用各种宣教资源。",
     [[("区委宣传部", "responsible"), ("区文明办", "responsible"), ("街镇（工业区）", "responsible")]]),
    ("（六）营造氛围。区委宣传部、区文明办、行业主管部门和街镇（工业区）要充分利用各种宣教资源。",
     [[("区委宣传部", "responsible"), ("区文明办", "responsible"), ("街镇（工业区）", "responsible")]]),
    # 供销总社 is a body's ending as 供销合作总社 is
    ("（四）建设追溯体系。（市农委牵头，市质监局、市供销总社配合）",
     [[("市农委", "lead"), ("市质监局", "support"), ("市供销总社", "support")]]),
    # a members' list with its count, then the lead named
    ("（一）组织。联席会议由教育部、财政部、税务总局3个部门组成，教育部为牵头单位。",
     [[("教育部", "lead"), ("财政部", "responsible"), ("税务总局", "responsible")]]),
    # a body's act is not part of its name (结合, 贯彻, 按照 …)
    ("（一）督导。区综治办要会同区公安分局结合贯彻落实国务院办公厅文件精神，开展督导。",
     [[("区综治办", "lead"), ("区公安分局", "support")]]),
    # a labelled list ends where another field starts
    ("（一）试点。支持建设监管作业场所。（负责部门：海关总署，适用范围：福建自贸试验区）", [[("海关总署", "listed")]]),
    # a title naming an institution is no subject; a name never cuts a word (联席会|议, 教育部|署)
    ("（一）制度。国务院职业教育工作部际联席会议制度", []),
    ("（一）部署。区教育部署工作由区政府统一安排。", [[("区政府", "responsible")]]),      # 部署 is no 署
    # 、 after a group's role word separates groups; 组织落实 and 按职责分工负责落实 close a group
    ("（一）整治。开展整治。（市交通委牵头负责、市公安局、各区政府组织落实）",
     [[("市交通委", "lead"), ("市公安局", "listed"), ("各区政府", "listed")]]),
    ("（一）整治。开展整治。（市市场监管局、市商务委按职责分工负责落实、各区政府组织落实）",
     [[("市市场监管局", "listed"), ("市商务委", "listed"), ("各区政府", "listed")]]),
    # 各A、B with a bare level after 、 is one collective body
    ("（一）建设。建设平台。（牵头单位：市人社局，配合单位：市财政局，各区、县级市政府）",
     [[("市人社局", "lead"), ("市财政局", "support"), ("各区、县级市政府", "support")]]),
    ("（一）制度。区建设管理委参照区政务服务中心管理模式制定制度。", [[("区建设管理委", "responsible")]]),
    # a label read by its form: 牵头指导处室 leads, 落实推进单位 lists, 支撑单位 supports
    ("（一）抽查。开展抽查。（牵头指导处室：市局产品质量监督处、市局执法总队）",
     [[("市局产品质量监督处", "lead"), ("市局执法总队", "lead")]]),
    ("（一）登记。推进登记。（落实推进单位：区市场监管局）", [[("区市场监管局", "listed")]]),
    ("（一）更新。推进更新。（牵头单位：区绿化市容局、某某街道，支撑单位：区规划资源局）",
     [[("区绿化市容局", "lead"), ("某某街道", "lead"), ("区规划资源局", "support")]]),
    # a labelled list's last group names its own role; a closing note (下同) is no body
    ("（一）抽查。开展抽查。（牵头指导处室：市局质量处，各区市场监管局、机场分局为实施单位，下同）",
     [[("市局质量处", "lead"), ("各区市场监管局", "listed"), ("机场分局", "listed")]]),
    # a working team: the lead, then its members (…为成员单位), a development zone (经开区) among them
    ("（一）组织。为确保落实，成立工作专班，由区绿化市容局牵头，区建管委、区交通委及各街镇、经开区为成员单位，统筹推进。",
     [[("区绿化市容局", "lead"), ("区建管委", "support"), ("区交通委", "support"), ("各街镇", "support"),
       ("经开区", "support")]]),
    # a heading listing bodies of a kind (…等建设主管部门) heads their duties
    ("（一）区建管委、区交通委等建设主管部门\n压实建设单位主体责任，督促工地完善冲洗设施。",
     [[("区建管委", "responsible"), ("区交通委", "responsible")]]),
    # a name never holds a particle (了): 会同A组织力量起草了…网站 names A, not A…网站
    ("（一）起草。国办已会同国务院信息办组织力量起草了规范政府门户网站建设的意见。",
     [[("国办", "lead"), ("国务院信息办", "support")]]),
    # 自由 is a word, not the 由 bringing a subject: 国务院自由贸易试验区工作部际联席会议办公室 is one name
    ("（一）督查。国务院自由贸易试验区工作部际联席会议办公室要加强督促检查。",
     [[("国务院自由贸易试验区工作部际联席会议办公室", "responsible")]]),
    # A和B as the subject; a later clause 会同C、D等部门 makes them lead with partners
    ("（一）清单。区公安分局和区公安消防支队列出责任人清单，会同区发展改革委、区市场监管局等部门将相关信息纳入征信。",
     [[("区公安分局", "lead"), ("区公安消防支队", "lead"), ("区发展改革委", "support"), ("区市场监管局", "support")]]),
    # a clause answers for the text before it; a subject after it in the same sentence is read too
    ("（一）证书。推进证书实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准。",
     [[("人力资源社会保障行政部门", "listed")], [("国务院人力资源社会保障行政部门", "responsible")]]),
    # A参照…，牵头制定…: a later clause of the subject's own opening with 牵头 makes it lead
    ("（一）管理。区建设管理委参照区政务服务中心管理制度，牵头制定日常管理制度。", [[("区建设管理委", "lead")]]),
    # under a heading that is a body, a sentence 牵头A、B… leads those partners
    ("（一）区绿化市容局\n开展行业部署。牵头区建管委、区交通委，每周开展联合执法检查。",
     [[("区绿化市容局", "responsible")], [("区绿化市容局", "lead"), ("区建管委", "support"), ("区交通委", "support")]]),
    # a body named by its role: 建设主体为A (responsible), 牵头单位为A (lead)
    ("（一）职责。该为民办实事项目建设主体为区应急局，统筹开展项目建设和工程验收。", [[("区应急局", "responsible")]]),
    ("（一）职责。本项工作的牵头单位为区民政局。", [[("区民政局", "lead")]]),
    # X主要职责为：… states a body's duties; …由A决定 names who decides
    ("（一）职责。管委会主要职责为：对辖区内的突发事件实施属地管理。", [[("管委会", "responsible")]]),
    ("（一）终止。重大突发事件应急联动处置的终止，由工业区城运中心决定。", [[("工业区城运中心", "responsible")]]),
    # a members' list ending 及其他有关单位; a body's act (建立, 视情设立) is no part of its name; 由A指定
    ("（一）组成。成员单位由区政府办公室、区应急局、区政府新闻办及其他有关单位组成。",
     [[("区政府办公室", "responsible"), ("区应急局", "responsible"), ("区政府新闻办", "responsible")]]),
    ("（一）指挥。区安全生产应急救援指挥部视情设立现场指挥部，并采取处置措施。", [[("区安全生产应急救援指挥部", "responsible")]]),
    ("（一）其他。其它未列事故类别，由区政府指定牵头应对单位。", [[("区政府", "responsible")]]),
    # 双牵头: both lead
    ("（一）组织架构。具体工作由区建设管理委和区数据局双牵头，会同有关部门抓好落实。",
     [[("区建设管理委", "lead"), ("区数据局", "lead")]]),
    # the setting before the subject: 针对…行为，/ …期间，
    ("（一）处罚。针对危害道路通行安全的偷乱倒建筑垃圾行为，区城管执法局、区公安分局等单位负责加大巡查力度。",
     [[("区城管执法局", "responsible"), ("区公安分局", "responsible")]]),
    ("（一）整治。集中整治期间，区绿化市容局负责每周通报。", [[("区绿化市容局", "responsible")]]),
    # the case named, then its subject (…事故：A牵头); several bodies 分别牵头, each with its scope in brackets
    ("（一）牵头单位。\n（1）特种设备安全事故：区市场监管局牵头。", [[("区市场监管局", "lead")]]),
    ("（一）牵头单位。\n（2）危险化学品事故：区应急局（经营、储存、使用）、区生态环境局（废弃物处置、运输）分别牵头。",
     [[("区应急局", "lead"), ("区生态环境局", "lead")]]),
    ("（一）评价。市交通安全委员会（以下简称“市交安委”）要健全评价体系。", [[("市交通安全委员会", "responsible")]]),
    ("（一）指标。计算方法：全院已经开展服务的病房总数。", []),
    # 由 and 经 bring a later subject, but not inside a word (经济, 由于)
    ("（一）标准。会同市经济信息化委推动出台团体标准。", []),
    ("（一）审批。方案经区发展改革委审核后实施。", [[("区发展改革委", "responsible")]]),
    # 联合 joins partners with no lead; a body's act (联合, 指导, 对) is no part of a longer name; 负责牵头 leads
    ("（一）宣传。区绿化市容局联合区房管局、区城管执法局指导街镇加强宣传。",
     [[("区绿化市容局", "responsible"), ("区房管局", "support"), ("区城管执法局", "support")]]),
    ("（一）标准。入围标准由联合采购办公室负责拟定。", [[("联合采购办公室", "responsible")]]),
    ("（一）标准。区数据局负责牵头统一技术应用标准。", [[("区数据局", "lead")]]),
    ("（一）查处。区城管执法局、区建设管理委等部门负责强化执法。",
     [[("区城管执法局", "responsible"), ("区建设管理委", "responsible")]]),
    ("（一）查处。区生态环境局要会同区建设管理委和区水务局加强查处。",
     [[("区生态环境局", "lead"), ("区建设管理委", "support"), ("区水务局", "support")]]),
    # the members of a named committee open the sentence and lead with the partner of 会同
    ("（一）排摸。区消防安全委员会成员单位应当排摸隐患点位，并会同区应急局核查确认。",
     [[("区消防安全委员会成员单位", "lead"), ("区应急局", "support")]]),
    # the place of an incident's body opens a sentence as an official name does (OFFICIAL_HEAD 事发地)
    ("（一）响应。事发地所在街道启动相关应急预案，控制现场。", [[("事发地所在街道", "responsible")]]),
    # a later clause 并由B负责… makes B responsible for the sentence beside its subject
    ("（一）监管。区应急局对本区的消防工作实施监督管理，并由区消防救援支队负责实施。",
     [[("区应急局", "responsible"), ("区消防救援支队", "responsible")]]),
    # a partner's name ends where its act (verbs_after_subject 查处) begins, not at a later word ending like a body's (…站)
    ("（一）查处。市交通委要会同市公安局查处客运线路沿线站外上客行为。", [[("市交通委", "lead"), ("市公安局", "support")]]),
    # 和 between two partners, the second without a level before it
    ("（一）核查。区消委会要会同区应急局和消防救援支队核查确认。",
     [[("区消委会", "lead"), ("区应急局", "support"), ("消防救援支队", "support")]]),
    # words between the subject and its verb (data/responsibility.json adverbs), one or several
    ("（一）调查。市市场监管局执法总队、机场分局和各区市场监管局依职责承担质量问题追溯调查工作。",
     [[("市市场监管局执法总队", "responsible"), ("机场分局", "responsible"), ("各区市场监管局", "responsible")]]),
    ("（一）调查。区市场监管局要依法开展调查。", [[("区市场监管局", "responsible")]]),
])
def test_sentence_forms(text, expected):
    assert _roles(text, issuer="某区人民政府办公室") == expected


def test_brackets_that_name_no_body_are_not_clauses():
    text = "（一）遴选品种。从通过一致性评价（含按化学药品新注册分类批准上市，简称一致性评价，下同）的药品中遴选。"
    assert _roles(text) == []
    # a clause that names its scope before 由 is still a clause: the bodies after 由
    text = "（一）考核。技工院校内（技工院校内由人力资源社会保障行政部门负责）实施。"
    assert _roles(text) == [[("人力资源社会保障行政部门", "listed")]]


def test_a_clause_inside_a_paragraph_answers_for_the_sentences_before_it():
    text = "（一）支持企业。甲事。（体育总局负责）乙事。丙事。（公安部、市场监管总局负责）"
    found = extract(text, [_unit(text)], NONE, "国务院办公厅")
    first, second = found
    assert first.scope == (0, first.end) and second.scope == (first.end, second.end)
    assert text[second.scope[0]:second.scope[1]].startswith("乙事")


def test_a_convention_stated_once_makes_the_first_listed_lead_from_there_on():
    text = ("（一）甲事。（财政部、教育部负责，列第一位者为牵头单位，下同）乙事。（教育部、科技部负责）")
    assert _roles(text) == [[("财政部", "lead"), ("教育部", "listed")], [("教育部", "lead"), ("科技部", "listed")]]
    # without one, the first of a bare list is only listed first
    assert _roles("（一）甲事。（教育部、科技部负责）") == [[("教育部", "listed"), ("科技部", "listed")]]
    # the convention said of the 责任单位 of labelled lines (第一责任单位为牵头单位，下同)
    labelled = "（一）甲事。责任单位：财政部、教育部（第一责任单位为牵头单位，下同）\n（二）乙事。责任单位：教育部、科技部"
    assert [r[0] for r in _roles(labelled)] == [("财政部", "lead"), ("教育部", "lead")]


def test_subject_sentences():
    assert _roles("（一）整合平台。2019年3月底前，国家卫生健康委建立考核信息系统。") == [[("国家卫生健康委", "responsible")]]
    assert _roles("（一）完善机制。由教育部牵头，财政部、人力资源社会保障部配合，制定办法。") == [
        [("教育部", "lead"), ("财政部", "support"), ("人力资源社会保障部", "support")]]
    assert _roles("（一）制定规划。国家发展改革委会同财政部、商务部制定实施细则。") == [
        [("国家发展改革委", "lead"), ("财政部", "support"), ("商务部", "support")]]
    assert _roles("（一）加强领导。各地区、各部门要高度重视。") == []
    assert _roles("（一）提升能力。三级公立医院要加强管理。") == []


@pytest.mark.parametrize("name, body", [
    ("海关总署", True), ("人民银行", True), ("市场监管总局", True), ("各省级人民政府", True), ("团市委", True),
    ("各区、县级市", True), ("国务院扶贫办", True), ("有关部门", False), ("三级公立医院", False), ("高度重视", False),
    ("区应急局", True), ("职业院校", False), ("应急避难场所所", False),
    # not_bodies: a verb ending in 办 is no office (挂牌督办, 一网通办); an office named 督查办 still is one
    ("挂牌督办", False), ("一网通办", False), ("区督查办", True), ("区信访办", True),
    # nor a verb ending in 会 (参会人员为联席会议成员: the people attending, no body)
    ("参会", False), ("与会", False),
    # the members of a body named with its level are bodies (MEMBERS_OF); the members of no named body are a kind
    ("市应急委成员单位", True), ("区消防安全委员会成员单位", True), ("市科技和信息化工作领导小组各成员单位", True),
    ("各联席会议成员单位", False), ("各成员单位", False), ("成员单位", False),
    # collective_patterns: 各镇、街道 as 各街道、镇, one body
    ("各镇、街道", True), ("各街道、镇", True),
    # collective_patterns: the governments and management committees (管委) of every district and county, one body
    ("各区县政府、管委", True), ("各县区人民政府、管委会", True),
    # collective_patterns: the bodies of the place of an incident (emergency plans)
    ("事发地所在社区", True), ("事发地街道", True), ("事发地", False)])
def test_body_morphology(name, body):
    assert looks_like_body(name) is body


def test_levels_from_the_name_or_the_issuer():
    assert body_level("国家发展改革委", None) == "国家"
    assert body_level("市场监管总局", "国家") == "国家"       # 市场 is no 市
    assert body_level("市市场监管局", None) == "市"
    assert body_level("省发展改革委", None) == "省"
    assert body_level("区住建委", None) == "区"
    assert body_level("区绿化市容局", None) == "区" and body_level("黄浦区市容局", None) == "区"   # 市容 is no 市
    assert body_level("广州市财政局", None) == "市" and body_level("宁夏回族自治区政府", None) == "省"
    assert body_level("发展改革委", "国家") == "国家"
    # every level's bodies, whoever writes it: not the issuer's (地方各级人民政府 in a State Council text)
    assert body_level("地方各级人民政府", "国家") == "各级" and body_level("各级市场监管部门", "区") == "各级"
    assert issuer_level("国务院办公厅") == "国家"
    assert issuer_level("某某市某某区人民政府") == "区"
    assert issuer_level("某某省发展和改革委员会") == "省"
    assert issuer_level("某某市人民政府办公厅") == "市"


@pytest.mark.parametrize("bar, site", [("来源:    时间:2020年10月16日", None),
                                       ("作者: 来源:某省人民政府办公厅 时间:2020年10月16日", "某省人民政府办公厅"),
                                       ("来源：某市人民政府 发布时间：2020-10-16", "某市人民政府")])
def test_a_pages_info_line_dates_its_publication(bar, site):
    """cleaning: a page's info line (来源： 时间：…, 作者： 来源：… 时间：…) is no text of the document; its date is when
    the page published it (发布), its 来源 the site when it names one (an empty 来源 names none)."""
    _, cleaned = _cleaned("某市人民政府办公室关于印发某项工作方案的通知\n" + bar + "\n各区人民政府：\n现将方案印发给你们。\n"
                          "某市人民政府办公室\n2020年10月9日\n某项工作方案\n一、工作目标\n全面推进。\n")
    assert cleaned.meta["发布"] == "2020-10-16" and cleaned.meta["成文"] == "2020-10-09"
    assert cleaned.meta.get("site") == site and not any(bar[:2] in line.text for line in cleaned.lines)

def test_a_local_alias_table_applies_only_at_its_own_level():
    text = "（一）推进改革。（发展改革委、财政部负责）"
    national = extract(text, [_unit(text)], DISTRICT, "国务院办公厅")[0]
    assert [b.canonical for b in national.bodies] == ["发展改革委", "财政部"]
    assert [b.level for b in national.bodies] == ["国家", "国家"]
    text = "（一）推进改革。（区发展和改革委员会、区财政局等按职责分工负责）"
    local = extract(text, [_unit(text)], DISTRICT, "某某区人民政府")[0]
    assert [b.canonical for b in local.bodies] == ["区发改委", "区财政局"]


def _cleaned(text: str):
    source = Source(path="x.txt", text=text, fmt="txt", content_hash="h")
    return source, clean(source)


def test_a_title_in_book_marks_and_a_text_without_a_title():
    """cleaning: a notice's title on a line of its own in book marks (《某市人民政府办公厅关于…的通知》) is the title,
    without them; a text whose title cannot be read is named after its file, and the ingestion says so."""
    _, booked = _cleaned("某办函〔2017〕43号《某市人民政府办公厅关于建立社区教育联席会议制度的通知》\n"
                         "《某市人民政府办公厅关于建立社区教育联席会议制度的通知》\n某办函〔2017〕43号\n各区县政府：\n"
                         "市政府决定建立联席会议制度。\n一、联席会议职责\n负责统筹协调。\n")
    assert booked.meta["title"] == "某市人民政府办公厅关于建立社区教育联席会议制度的通知"
    assert booked.meta["doc_number"] == "某办函〔2017〕43号" and not booked.warnings
    # the booked title line followed by its 文号 in brackets, its year in round brackets too
    _, numbered = _cleaned("《某省政府办公厅关于印发某省危险废物排查整治方案的通知》（某政办字（2019）58号）\n"
                           "各市人民政府：\n《某省危险废物排查整治方案》已经省政府同意，现印发给你们。\n某省人民政府办公厅\n"
                           "2019年3月24日\n某省危险废物排查整治方案\n一、工作目标\n全面排查。\n")
    assert numbered.meta["notice_title"] == "某省政府办公厅关于印发某省危险废物排查整治方案的通知"
    assert numbered.meta["doc_number"] == "某政办字〔2019〕58号"
    _, untitled = _cleaned("为加快项目建设，提出如下措施。\n一、提高审批效率\n1.精简审批手续。\n")
    assert untitled.meta["title"] == "x" and any("文件名" in w for w in untitled.warnings)


def test_a_pages_info_bar_and_its_title_suffix_are_chrome():
    """A page's info bar (某省人民政府门户网站 www.x.gov.cn 发布时间: 2016-02-23 09:40 【字体:) dates the publication
    wherever the field stands and is no text; 来源： stops at the bar's next field; a title ending with the site's
    name (…的意见-某省人民政府门户网站) is the title without it."""
    text = ("重点工作部门分工的意见-某省人民政府门户网站\n\n重点工作部门分工的意见\n\n"
            "某省人民政府门户网站 www.x.gov.cn 发布时间: 2016-02-23 09:40 【字体:\n"
            "来源：某省人民政府办公厅 发布时间：2016-02-23 00：00 浏览次数：\n"
            "一、总体要求\n（一）推进改革。省发展改革委负责。\n")
    cleaned = _cleaned(text)[1]
    assert cleaned.meta["发布"] == "2016-02-23" and cleaned.meta["site"] == "某省人民政府办公厅"
    assert cleaned.meta["title"] == "重点工作部门分工的意见"
    assert not any("发布时间" in line.stripped for line in cleaned.lines)


@pytest.mark.parametrize("banner", ["★全国文明县城  ★国家卫生城市  ★国家园林县城", "某某网桌面快捷方式 丨 客服热线:0318-8888810",
                                    "首页  新闻中心  政务公开  办事服务"])
@pytest.mark.parametrize("where", ["您当前浏览位置:首页>今日新闻>头版头条", "您的位置:某某网 > 资讯频道 > 资讯详情"])
def test_a_sites_banner_and_breadcrumb_are_no_part_of_the_title(banner, where):
    """A scraped page's banner (set apart by wide spaces, stars or bars) is no part of the title on the next line,
    nor the title itself; the breadcrumb however written (您的位置, 您当前浏览位置) is page chrome; the info bar
    with the page's widgets (发布时间:2020-10-20 保护视力色: 字体颜色:) dates the publication."""
    text = (f"{banner}\n{where}\n\n关于征集某县2021年为民办实事项目的通知\n\n"
            "发布时间:2020-10-20 保护视力色:    字体颜色: 【 绿恢复默认\n\n各乡镇、政府各部门:\n\n"
            "现启动征集工作，通知如下:\n\n一、征集时间\n\n自通知下发之日起至2020年11月10日止。\n")
    cleaned = _cleaned(text)[1]
    assert cleaned.meta["title"] == "关于征集某县2021年为民办实事项目的通知"
    assert cleaned.meta["发布"] == "2020-10-20"
    assert [line.stripped for line in cleaned.chrome][:1] == [where]
    assert [line.stripped for line in cleaned.front["preamble"]] == ["现启动征集工作，通知如下:"]   # no banner
    assert not any("发布时间" in line.stripped for line in cleaned.lines)


def test_a_notice_without_a_title_line_names_the_text_it_sends():
    """A notice opening with its 文号 and recipients, no title line: the text it sends (《…方案》…，现印发给你们) is the
    title; a text an opening cites (根据《…的通知》) is not."""
    sends = ("某府办〔2025〕77号\n各县级市(区)人民政府，市各委办局：\n"
             "《“品质某市”建设行动方案(2025年)》已经市政府常务会议审议通过，现印发给你们，请认真贯彻落实。\n"
             "某市人民政府办公室\n2025年7月24日\n为深入贯彻落实省委决策部署，制定本行动方案。\n一、强化质量支撑\n")
    assert _cleaned(sends)[1].meta["title"] == "“品质某市”建设行动方案(2025年)"
    cites = ("各乡镇人民政府，区政府各部门：\n为贯彻落实《某市人民政府关于印发稳增长若干措施的通知》精神，结合实际，"
             "提出如下意见。\n一、加快项目建设\n")
    assert _cleaned(cites)[1].meta["title"] != "某市人民政府关于印发稳增长若干措施的通知"


def test_a_pages_header_lines_and_public_date_before_a_title_naming_no_issuer():
    """A government page's header (某市人民政府 / 政府信息公开), its labelled lines (公开日期 dates the publication),
    then the title 关于…的通知 naming no issuer: that line is the title, the header no text."""
    text = ("某市人民政府\n政府信息公开\n索引号:010598667/2023-01117\n发布机构:某市人民政府办公室\n"
            "发文字号:某政办函〔2023〕30号\n公开日期:2023-03-24\n关于建立某市社会科学普及工作联席会议制度的通知\n"
            "某政办函〔2023〕30号\n各区县人民政府，市政府各部门:\n为加强组织协调，经市人民政府同意，建立联席会议制度。\n"
            "一、联席会议工作职责\n（一）统筹协调全市社会科学普及工作。\n")
    cleaned = _cleaned(text)[1]
    assert cleaned.meta["title"] == "关于建立某市社会科学普及工作联席会议制度的通知"
    assert cleaned.meta["发布"] == "2023-03-24" and cleaned.meta["issuer"] == "某市人民政府办公室"
    assert [line.stripped for line in cleaned.front["preamble"]] == ["为加强组织协调，经市人民政府同意，建立联席会议制度。"]


def test_labelled_metadata_lines_and_a_title_on_two_lines():
    text = ("索引号：000014349/2018-00214\n发文机关：国务院办公厅\n发文字号：国办发〔2018〕117号\n\n"
            "国务院办公厅关于对真抓实干成效明显地方\n进一步加大激励支持力度的通知\n国办发〔2018〕117号\n"
            "各省、自治区、直辖市人民政府：\n现将有关事项通知如下：\n一、第一项措施。（商务部负责）\n"
            "国务院办公厅\n2018年12月10日\n")
    _, cleaned = _cleaned(text)
    meta = cleaned.meta
    assert meta["issuer"] == "国务院办公厅" and meta["doc_number"] == "国办发〔2018〕117号"
    assert meta["notice_title"] == "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知"
    assert meta["成文"] == "2018-12-10"     # from the signature after the body


def test_several_labelled_fields_on_one_line_with_or_without_colons():
    """A page's header of fields set side by side (发布时间：…   发文机构：…), labels spaced out and without colons
    (索 引 号 … 发文日期 …, 文    号 …): each field read; a colon-less label needs another beside it."""
    colons = "关于建立某项工作联席会议制度的通知\n发布时间:2023-03-28     发文机构:某区人民政府\n\n各部门：\n一、主要职能\n研究。\n"
    _, cleaned = _cleaned(colons)
    assert cleaned.meta["发布"] == "2023-03-28" and cleaned.meta["issuer"] == "某区人民政府"
    spaced = ("某方案的通知\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 某政办〔2023〕1号\n"
              "\n各部门：\n一、主要目标\n增长。\n")
    meta = _cleaned(spaced)[1].meta
    assert (meta["index_number"], meta["成文"], meta["issuer"], meta["doc_number"]) == (
        "MB1534522/2023-05475", "2023-01-03", "区人民政府办公室", "某政办〔2023〕1号")
    page = ("索引号: 002546445/2023-448528 公开方式: 主动公开\n发文文号: 某政办发〔2023〕7号 发布机关: 市政府办公室\n"
            "某方案的通知\n发布日期:2023-03-03 09:37 信息来源:市政府办公室 浏览次数:\n\n各部门：\n一、主要目标\n增长。\n")
    meta = _cleaned(page)[1].meta        # a field the page leaves empty (浏览次数：) ends its line's fields
    assert (meta["doc_number"], meta["issuer"], meta["发布"]) == ("某政办发〔2023〕7号", "市政府办公室", "2023-03-03")
    alone = "某方案的通知\n文号 某政办〔2023〕1号\n\n各部门：\n一、主要目标\n增长。\n"
    assert "doc_number" not in _cleaned(alone)[1].meta


def test_repeated_labels_get_unique_ids():
    text = "一、通知的第一点。\n二、通知的第二点。\n附件\n一、方案的第一部分\n（一）一条。\n二、方案的第二部分\n"
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    ids = [u.unit_id for u in units]
    assert len(ids) == len(set(ids))
    assert all(u.parent in ids for u in units if u.parent)


@pytest.mark.parametrize("question, field", [
    ("这个文件的文号是多少？", "doc_number"), ("这份通知是哪个部门发的？", "issuer"), ("通知是什么时候印发的？", "date"),
    ("这个意见分为几个部分？", "parts"), ("这个方案一共分几块？", "parts"), ("体育赛事这个文件说要搞出多少项有名气的精品赛事？", None),
    ("这份实施意见一共列了多少条？", "count"), ("这份实施意见带了几个附件？", "attachments"),
    ("这份应急预案是哪天印发的？", "date"), ("国务院是哪天批复同意建立联席会议制度的？", "date"),
    ("国家农产品质量安全突发事件应急预案由哪个部门制定？", None), ("这份方案落款的日期是哪天？", "date"), ("通知的落款时间是什么时候？", "date"), ("这份通知一共有多少项措施？", "count"), ("谁负责商事制度改革？", None),
    ("食品抽检合格率要达到多少？", None), ("这个建筑垃圾的规定管到哪一天为止？", "term"),
    ("这份意见的有效期到什么时候？", "term"), ("这个办法什么时候起施行？", "term"), ("这项工作什么时候完成？", None),
    ("这个方案从哪天开始实行？", "term"), ("垃圾分类什么时候开始实施？", None),
    ("这份实施方案是哪个街道办事处印发的？", "issuer"), ("这个实施意见总共编了多少条？", "count"),
    ("垃圾分类由哪个街道办事处负责？", None), ("这个方案是哪两个单位联合印发的？", "issuer"),
    ("发文机关是谁？", "issuer"), ("成文日期是哪天？", "date"), ("哪些部门负责发放补贴？", None),
    ("哪几个部门联合开展检查？", None), ("区政府办公室转发这份细则的通知是哪天发出的？", "date"),
    ("这个通知什么时候下发的？", "date"), ("这个公告的文号是多少？", "doc_number"),
    ("区政府办公室转发这份意见的日期是哪天？", "date"), ("这份通知的发布时间是？", "date"),
    ("突发事件信息发布时间有什么要求？", None), ("应急信息发布的时间是什么时候？", None),
    ("创优营商环境这个意见是哪家发的？", "issuer"), ("这个方案是哪个发布的？", "issuer"),
    ("这项补贴是哪家发的？", None), ("这份分工意见是哪天在省政府网站上发布的？", "date"),
    ("该通知的发布机构是哪个？", "issuer"), ("印发这份清单的机关是哪个？", "issuer"),
    ("这个通知是哪天公开的？", "date"), ("这个通知是啥时候挂到网上的？", "date"),
    ("这个通知是发给哪几个单位的？", "recipients"), ("这个办法全名叫啥？", "title"),
    ("补贴发给哪些企业？", None), ("哪个机构负责检验？", None)])
def test_questions_about_the_document_itself(question, field):
    assert asked_field(question) == field


def test_the_recipients_of_a_notice_are_answered(tmp_path):
    """document_questions.json recipients: 发给哪几个单位 is answered from the notice's 主送 line."""
    kb = _one_document_kb(tmp_path, "某市人民政府办公室关于做好绿化移交工作的通知\n市林业绿化局、市城管局：\n"
                                    "现将有关事项通知如下。\n一、移交范围\n观水路段绿化移交市城管局管理。\n" + FILLER)
    answer = kb.ask("这个通知是发给哪几个单位的？")
    assert answer.found and answer.intent == "document" and "市林业绿化局、市城管局" in answer.answer


def test_unit_matching_in_the_evaluation():
    assert de.unit_matches("三、（二）1.", "三、（二）")          # more precise than the gold
    assert de.unit_matches("第五条", "第五条第一款")             # the article holding the gold 款
    assert not de.unit_matches("三、", "三、（二）")              # a whole part does not answer for one article
    assert not de.unit_matches("三、（二）", "三、（三）")
    assert de.unit_matches("附件二、", "二、") and de.unit_matches("二、", "附件二、")   # the single attachment
    assert de.unit_matches("附件前言", "附件") and not de.unit_matches("印发通知", "附件")
    assert not de.unit_matches("附件2（一）", "附件1（一）") and not de.unit_matches("二、", "附件三、")


def test_a_figure_judged_whatever_brackets_its_doc_number_is_written_in():
    """The evaluation's figure check: a 文号 written 西政办发[2021]20号 is the one answered as 西政办发〔2021〕20号."""
    q = {"id": "x", "doc": "d", "intent": "document", "answerable": True, "gold_units": [], "figure": "某政办发[2021]20号"}
    said = {"found": True, "answer": "文号是某政办发〔2021〕20号。", "citations": []}
    assert de.judge(q, said, {})["figure"]
    assert not de.judge(q, {**said, "answer": "文号是某政办发〔2021〕2号。"}, {})["figure"]
    assert not de.judge(q, {**said, "answer": "文号是某政办发〔2020〕20号。"}, {})["figure"]


def test_extraction_scores_count_bodies_and_leads():
    text = "一、甲。（商务部负责）\n二、乙。（财政部牵头，教育部参与）\n"
    gold = [{"quote": "（商务部负责）", "bodies": ["商务部"], "lead": []},
            {"quote": "（财政部牵头，教育部参与）", "bodies": ["财政部", "教育部"], "lead": ["财政部"]}]
    units = [Unit("d#一、", "d", "part", "一、", "", ("一、",), 0, 11, text[:11], None, True),
             Unit("d#二、", "d", "part", "二、", "", ("二、",), 12, len(text) - 1, text[12:-1], None, True)]
    found = extract(text, units, NONE, "国务院办公厅")
    s = de.extraction_scores(gold, found, text)
    assert (s["tp"], s["fp"], s["fn"], s["ltp"], s["lfp"], s["lfn"]) == (3, 0, 0, 1, 0, 0)
    s = de.extraction_scores(gold, found[:1], text)
    assert (s["tp"], s["fn"], s["lfn"]) == (1, 2, 1)


def test_vocabulary_files_are_valid_and_name_no_place():
    from pathlib import Path
    data = Path(__file__).resolve().parent.parent / "indexer" / "data"
    for f in data.glob("*.json"):
        text = f.read_text(encoding="utf-8")
        json.loads(text)
        assert "东丽" not in text and "天津" not in text, f


def test_pdf_text_is_read_as_written(tmp_path):
    """Official layout: full lines wrap inside words (区 / 市场监管局), a paragraph runs on to the next page, page
    numbers and a running header repeat on every page. The reader gives back the paragraphs whole."""
    from pdfmaker import make_pdf

    from indexer.reading.loading import load
    header = "某某区人民政府文件"
    pages = [[header, "（一）加强质量监管。开展产品质量监督抽查，完善抽查结", "果公开制度。（区市场监管局、区工信局、区",
              "— 1 —"],
             [header, "商务局和各街道园区等按职责分工负责）", "（二）提升标准水平。推动企业制定先进标准，鼓励参",
              "与国际标准制定。（区市场监管局负责）", "— 2 —"],
             [header, "（三）加强计量服务。建设计量测试平台。（区市场监管局负责）", "— 3 —"]]
    f = tmp_path / "plan.pdf"
    f.write_bytes(make_pdf(pages))
    source = load(f)
    assert "完善抽查结果公开制度。" in source.text
    assert "（区市场监管局、区工信局、区商务局和各街道园区等按职责分工负责）" in source.text
    assert "鼓励参与国际标准制定" in source.text
    assert header not in source.text and "— 2 —" not in source.text
    assert any(header in w for w in source.warnings)
    assert [source.text[s:e][:4] for s, e in source.pages] == ["（一）加", "商务局和", "（三）加"]
    _, cleaned = None, clean(source)
    units = parse("d", source.text, cleaned)
    found = extract(source.text, units, NONE, "某某区人民政府")
    assert [b.name for b in found[0].bodies] == ["区市场监管局", "区工信局", "区商务局", "各街道园区"]


@pytest.mark.parametrize("text, expected", [
    ("（一）建网站。国办正在牵头组织建设中央政府门户网站。", [[("国办", "lead")]]),
    ("（一）起草。国办已会同国务院信息办组织力量起草了意见。", [[("国办", "lead"), ("国务院信息办", "support")]]),
    ("（一）标准。国办将与国家标准委、国务院信息办等单位一起，组织制定相关标准。",
     [[("国办", "responsible"), ("国家标准委", "responsible"), ("国务院信息办", "responsible")]]),
    ("（一）考核。3月底前国家卫生健康委完成国家监测指标分析工作。", [[("国家卫生健康委", "responsible")]]),
    ("（一）协同。财政、发展改革、教育等部门要建立协调推进机制。",
     [[("财政", "responsible"), ("发展改革", "responsible"), ("教育", "responsible")]]),
    ("（一）监管。市场监管、公安、税务等市场监管领域有关部门要统一思想认识。",
     [[("市场监管", "responsible"), ("公安", "responsible"), ("税务", "responsible")]]),
    ("（一）管理。教育、交通、邮政等行业主管部门要落实管理责任。",
     [[("教育", "responsible"), ("交通", "responsible"), ("邮政", "responsible")]]),
    ("（一）分类。其余单位生活垃圾分类推进由街镇（园区）牵头，区绿化市容局配合落实。",
     [[("街镇（园区）", "lead"), ("区绿化市容局", "support")]]),
    ("（一）组织。试点工作小组由国务院办公厅、国家医保局组成，国家医保局为牵头单位。",
     [[("国务院办公厅", "responsible"), ("国家医保局", "lead")]]),
])
def test_subject_sentences_of_many_shapes(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize("text", [
    "（一）采购。加大政府绿色采购力度。", "（一）人才。加强质量人才队伍建设。", "（一）通知。国务院办公厅关于推进工作的通知。",
    "（一）宣传。充分发挥区质量强区建设协调推进领导小组作用。"])
def test_sentences_whose_opening_only_looks_like_a_name(text):
    assert _roles(text) == []


def test_task_table_rows():
    text = ("一、工作要求\n各单位按附件分工落实。\n附件1\n序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点\n一、组织保障\n"
            "1 | 加强组织领导 | 召开动员大会。 | 区政府办公室 | 各联席会议成员单位 | 2019年3月\n"
            "2 | 纳入督查体系。 | 区委组织部（区公务员局） | 区绿化市容局 | 2019年\n"          # a merged cell on the left
            "附件2\n街镇 | 目标任务\n罗店镇 | 创建达标小区61个\n")
    units = parse("d", text, _cleaned(text)[1])
    found = extract(text, units, NONE, "某某区人民政府办公室")
    rows = [[(b.name, b.role) for b in r.bodies] for r in found if r.source == "table"]
    assert rows == [[("区政府办公室", "lead")], [("区委组织部（区公务员局）", "lead"), ("区绿化市容局", "support")]]
    kinds = {u.label: u.kind for u in units}
    assert kinds["附件1"] == "attachment" and sum(1 for u in units if u.kind == "row") >= 4


@pytest.mark.parametrize("question, kind", [
    ("市级专项资金每年安排多少亿元？", "金额"), ("普陀区每年安排多少财政资金？", "金额"), ("每人保额是多少？", "金额"),
    ("基金的注册资本有多少？", "金额"), ("中央政府门户网站的网址是什么？", "网址"),
    ("医保基金按不低于采购金额的多少比例预付？", "比例"), ("在哪个网站上查？", "网址"),
    ("机关食堂采购贫困地区农产品要占采购总额的多大比例？", "比例"), ("规范性文件没经过审核，对起草单位罚款多少？", "金额"),
    # a share of a whole (占总量的多少) or a rate (覆盖率要达到多少) is asked as a proportion
    ("等级避难场所的建设面积至少要占总量的多少？", "比例"), ("垃圾分类覆盖率要达到多少？", "比例"),
    ("占地多少亩？", None),
    ("西岑特勤消防站预计哪年建成投用？", "年份"), ("专家现场答疑具体是每周星期几？", "星期"),
    ("集中整治阶段安排在哪几个月？", "月份"), ("集中整治阶段要持续多久？", "期限"), ("集中攻坚阶段是从几月到几月？", "月份"),
    ("事故延伸调查的经费由哪个部门承担？", "经费来源"), ("改造的钱谁出？", "经费来源"), ("专项资金谁来管？", None),
    ("改造工程由哪家施工企业承建？", "名单"), ("批准文件一证多批最多不超过几批？", "数量"), ("擅自拆除文物保护点的，罚款标准是多少？", "金额"), ("装修垃圾要按几类分开收运？", "数量"),
    # the thing paid for may take several words, and the fine may come after 多少
    ("每年安排多少文物保护专项经费？", "金额"), ("对违规单位处以多少罚款？", "金额"),
    ("分管科技工作的副省长是谁？", "人员姓名"), ("联席会议召集人具体是哪位领导？", "人员姓名"),
    ("轨道交通项目是哪位副市长负责？", None),
    ("我有建议，发到哪个邮箱？", "电子邮箱"), ("完不成目标任务的单位会受到什么处罚？", "处罚或问责"),
    ("考核不达标的县区会被怎么问责？", "处罚或问责"), ("渣土车超载归谁处罚？", None),
    ("意见建议征集到什么时候截止？", "时限"), ("报名到什么时候为止？", "时限"),
    ("车在下立交被水淹了，损失找谁赔？", "赔偿责任"), ("销售者的过错造成损害，谁来赔？", "赔偿责任")])
def test_answer_types_from_data(question, kind):
    from indexer.answers.answertypes import asked
    names = [t.name for t in asked(question)]
    assert (names[0] if names else None) == kind


def test_a_phone_asked_beside_who_is_asked_too():
    """answer_types.json 电话号码 asked_in_who_questions: 有咨询电话吗 asks a number even in a "who" question."""
    from indexer.answers.answertypes import asked
    assert any(t.name == "电话号码" and t.who for t in asked("两癌筛查找哪个部门？有咨询电话吗？"))
    assert any(t.name == "电话号码" and t.who for t in asked("有没有咨询热线？"))
    assert not any(t.who for t in asked("热线电话的受理由谁负责？"))


def test_a_document_number_run_together_is_no_phone_number():
    """answer_types.json 电话号码: digits closing a 文号 (国办发〔2018104号, its bracket lost) are no phone number, so
    a question asking a phone number of a text giving none is refused."""
    from indexer.answers.answertypes import TYPES
    phones = [t for t in TYPES if t.name == "电话号码"]
    assert phones
    for phone in phones:
        assert not phone.evidence.search("贯彻落实国务院通知（国办发〔2018104号）")
        assert phone.evidence.search("咨询电话：0592-5551234") and phone.evidence.search("服务电话83456789")


def test_a_penalty_asked_needs_a_penalty_or_accountability_named():
    """answer_types.json 处罚或问责: 通报 of progress is no penalty; 通报批评, a fine, detention or 追究责任 is."""
    from indexer.answers.answertypes import TYPES
    penalty = next(t for t in TYPES if t.name == "处罚或问责")
    assert not penalty.evidence.search("区人民政府办公室将全程跟踪督办，并适时通报有关办理落实情况。")
    for said in ("对工作不力的单位予以通报批评。", "处五日以下拘留。", "依法追究相关人员责任。", "并处一万元以下罚款。"):
        assert penalty.evidence.search(said), said


def test_a_post_held_by_a_leader_unnamed_is_no_name():
    """answer_types.json 人员姓名: 领导同志 / 负责同志 name no one; 张明同志 does."""
    from indexer.answers.answertypes import TYPES
    name = next(t for t in TYPES if t.name == "人员姓名")
    assert not name.evidence.search("省政府分管中医药工作的领导同志担任联席会议召集人")
    assert not name.evidence.search("各成员单位有关负责同志为联席会议成员")
    assert name.evidence.search("由张明同志担任召集人")


def test_a_request_or_reply_asked_by_its_number_is_a_cited_text():
    """document_questions.json cited_document: 靠哪份请示…文号多少 asks the number of the 请示 the document cites."""
    from indexer.answers.document_answers import _cited
    assert _cited()[0].search("省中医药局当初是靠哪份请示申请建立联席会议的，文号多少？")
    assert _cited()[0].search("这是对哪份报告的批复？文号是多少？")
    assert not _cited()[0].search("这份通知的文号是多少？")


def test_a_web_address_needs_an_address_but_a_site_named_answers_which_site():
    from indexer.answers.answertypes import TYPES
    address, site = [t for t in TYPES if t.name == "网址"]
    assert not address.evidence.search("积极推进中央政府门户网站建设") and address.evidence.search("www.gov.cn")
    assert site.evidence.search("在政府网站公布")


def _import_graph() -> dict[str, set[str]]:
    """indexer's modules (dotted names) → the indexer modules each imports, also inside functions."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "indexer"

    def name(p: Path) -> str:
        parts = list(p.relative_to(root.parent).with_suffix("").parts)
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    files = {name(p): p for p in root.rglob("*.py")}
    graph = {}
    for mod, path in files.items():
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("indexer"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    deps.add(full if full in files else node.module)
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.startswith("indexer")}
        graph[mod] = deps - {mod}
    return graph


def test_the_library_has_no_import_cycle():
    """Data flows one way: no module imports (even inside a function) one that imports it back."""
    graph = _import_graph()
    assert len(graph) > 40 and any(graph.values())      # the walk sees the modules and their imports
    graph["indexer"].discard("indexer.kb")               # the package's lazy front door
    cycles, done = [], set()

    def walk(node, path):
        if node in path:
            cycles.append(path[path.index(node):] + [node])
            return
        if node in done:
            return
        for nxt in graph.get(node, ()):
            walk(nxt, path + [node])
        done.add(node)

    for m in graph:
        walk(m, [])
    assert cycles == []


STAGES = ["reading", "structure", "index", "search", "answers", "materials", "kb", "evaluation", "cli"]
SHARED = {"types", "textutil", "errors", "config", "feedback"}


def _layering_violations(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports that go against the pipeline: a stage importing a later one, a shared helper importing a stage."""
    def rank(mod: str) -> int:
        part = mod.split(".")[1]
        return -1 if part in SHARED else STAGES.index(part)

    return sorted((mod, dep) for mod, deps in graph.items() if mod != "indexer"      # the lazy front door
                  for dep in deps if dep != "indexer" and rank(dep) > rank(mod))


def test_stages_import_only_earlier_stages():
    """The folders are the pipeline: reading → structure → index → search → answers → materials; the facade
    (kb) over them, the shells (evaluation, cli) over it; shared helpers (types, textutil, errors, config) below."""
    assert _layering_violations(_import_graph()) == []
    assert _layering_violations({"indexer.structure.units": {"indexer.search.routing"},
                                 "indexer.textutil": {"indexer.reading.loading"},
                                 "indexer.answers.quoting": {"indexer.search.questions", "indexer.types"}}) == [
        ("indexer.structure.units", "indexer.search.routing"), ("indexer.textutil", "indexer.reading.loading")]


def test_every_level_is_a_unit():
    text = ("一、总体要求\n（一）加强监管。\n1.开展抽查。（市市场监管局负责）\n（1）食品抽检。\n②药品抽检。\n"
            "2.完善标准。（市标准化院负责）\n")
    units = parse("d", text, _cleaned(text)[1])
    searchable = [u.label for u in units if u.retrievable]
    assert searchable == ["（一）", "1.", "（1）", "②", "2."]
    found = extract(text, units, NONE, "某市人民政府")
    label = {u.unit_id: u.label for u in units}
    assert [(label[r.unit_id], [b.name for b in r.bodies]) for r in found] == [
        ("1.", ["市市场监管局"]), ("2.", ["市标准化院"])]      # each item its own clause


def test_a_body_with_its_other_names_in_brackets_is_one_body():
    from indexer.structure.bodynames import split_bodies
    names = [n for n, _, _ in split_bodies("区科委、区委宣传部（区文明办、区政府新闻办）和各街镇（园区）", 0, NONE)]
    assert names == ["区科委", "区委宣传部（区文明办、区政府新闻办）", "各街镇（园区）"]
    assert looks_like_body("区委宣传部（区文明办、区政府新闻办）")


@pytest.mark.parametrize("opening, closing", [("<", ">"), ("〈", "〉"), ("［", "］"), ("[", "]")])
def test_brackets_inside_a_bracketed_clause_written_another_way(opening, closing):
    # inside （…） a text writes a name's own brackets another way: 各县级市<区>人民政府<管委会>
    name = f"各县级市{opening}区{closing}人民政府{opening}管委会{closing}"
    assert looks_like_body(name) and looks_like_body(f"区经委{opening}商务委{closing}")
    assert _roles(f"（一）推进质量强县。开展建设。（市市场监管局、市工信局，{name}按职责分工负责）",
                  issuer="某市人民政府办公室") == [[("市市场监管局", "listed"), ("市工信局", "listed"), (name, "listed")]]
    assert not looks_like_body(f"{opening}2014{closing}55号")


def test_approval_in_a_notice_is_no_responsibility():
    assert _roles("（一）印发。《实施方案》已经区政府同意，现印发给你们。", issuer="某区人民政府办公室") == []


def test_order_numbers_and_dates_as_written():
    from indexer.reading.cleaning import read_doc_number
    assert read_doc_number("国令第706号")[0] == "国令第706号"
    assert read_doc_number("国办发[2018]117号")[0] == "国办发〔2018〕117号"
    assert asked_field("国令第706号是哪天签署公布的？") == "date"


def test_an_empty_extraction_report_says_so():
    assert de.extraction_markdown([]) == "(no annotated document in this split)"


def _word_families():
    from pathlib import Path
    data = Path(__file__).resolve().parent.parent / "indexer" / "data"
    return [(file, name, family)
            for file in ("question_words", "routing_words", "answer_words")
            for name, family in json.loads((data / f"{file}.json").read_text(encoding="utf-8"))["families"].items()]


@pytest.mark.parametrize("file, name, family", _word_families())
def test_each_family_of_words(file, name, family):
    """Each family's examples are found and its counterexamples are not, as the loader compiles it."""
    from indexer.textutil import word_families
    pattern = word_families(file)[name]
    assert family["examples"] and family["counterexamples"]
    assert all(pattern.search(e) for e in family["examples"]), name
    assert not any(pattern.search(e) for e in family["counterexamples"]), name


def test_the_readers_use_the_families_of_words():
    from indexer.answers import answering
    from indexer.search import questions
    from indexer.answers import quoting
    from indexer.search import routing
    from indexer.textutil import word_families
    assert questions.TASK_WORDS is word_families("question_words")["TASK_WORDS"]
    assert questions.BODY_THEN_ACT is word_families("question_words")["BODY_THEN_ACT"]
    assert routing.PLAN_SIGNS is word_families("routing_words")["PLAN_SIGNS"]
    assert answering.DEFINITION is word_families("answer_words")["DEFINITION"]
    assert quoting.DATED is word_families("answer_words")["DATED"]


def test_eval_docs_reports_time_per_question():
    judged = [de.Judged({}, {}, s, {}) for s in (0.001, 0.002, 0.010)]
    assert de.timing(judged) == "- time per question: p50 2.0 ms, p95 10.0 ms"
    assert de.timing([]) == "- no question asked"


DECIMAL_PLAN = ("某某应急预案\n目 录\n1 总则\n1.1 编制目的\n1.2 适用范围\n2 组织机构\n2.1 组织体系\n"
                "1 总则\n1.1 编制目的\n为有效应对突发事件，保障供应，制定本预案。\n1.2 适用范围\n本预案适用于全省。\n"
                "2 组织机构\n2.1 组织体系\n总指挥：省发展改革委主要负责人。\n2.1.1 指挥部职责\n（1）掌握市场形势。\n"
                "（2）督查指导工作。\n2.1.2 成员单位职责\n省公安厅负责维护治安秩序。\n"
                "2.1.3　省财政厅会同省有关部门对价差进行审核，及时清算。\n")


def test_decimal_numbering_is_a_structure_and_its_table_of_contents_is_not():
    source, cleaned = _cleaned(DECIMAL_PLAN)
    units = parse("d", DECIMAL_PLAN, cleaned)
    labels = [u.label for u in units if u.kind == "decimal"]
    assert labels == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2", "2.1.3"]     # the contents listed once
    searchable = {u.label for u in units if u.retrievable}
    assert {"1.1", "1.2", "2.1", "2.1.2", "2.1.3", "（1）", "（2）"} <= searchable       # 2.1 says something itself
    assert "1" not in searchable and "2.1.1" not in searchable                          # only headings and children
    by_label = {u.label: u for u in units}
    assert by_label["2.1.3"].text.startswith("2.1.3") and by_label["2.1.1"].heading == "指挥部职责"
    found = extract(DECIMAL_PLAN, units, NONE, "某省人民政府办公厅")
    assert [[(b.name, b.role) for b in r.bodies] for r in found] == [
        [("指挥部", "responsible")],           # 2.1.1 指挥部职责: a heading that is a body heads its duties
        [("省公安厅", "responsible")], [("省财政厅", "lead")]]      # 会同省有关部门: no body of its own


def test_a_part_that_says_something_before_its_articles_is_searchable():
    text = ("某区工作方案\n一、工作目标\n（一）总体目标。全面提升。\n二、组织领导\n为确保行动落地见效，成立工作专班，统筹推进工作。\n"
            "（一）区绿化市容局\n开展行业部署。\n")
    source, cleaned = _cleaned(text)
    searchable = {u.label for u in parse("d", text, cleaned) if u.retrievable}
    assert "二、" in searchable and "一、" not in searchable and {"（一）"} <= searchable


def test_contents_followed_by_the_title_set_again_are_still_contents():
    """目录 1 总则 … 2.1 …, then the plan's title, then 1 总则 with its text: the contents are left out."""
    text = DECIMAL_PLAN.replace("2.1 组织体系\n1 总则", "2.1 组织体系\n某某应急预案\n1 总则", 1)
    source, cleaned = _cleaned(text)
    units = parse("d", text, cleaned)
    assert [u.label for u in units if u.kind == "decimal"] == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2",
                                                                "2.1.3"]


def test_a_decimal_plan_counts_its_parts_by_its_top_headings(tmp_path):
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    doc = tmp_path / "yuan.txt"
    doc.write_text(DECIMAL_PLAN, encoding="utf-8")
    kb = KnowledgeBase.open([doc], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                            log=lambda m: None)
    answer = kb.ask("这份预案分为几个部分？")
    assert answer.found and "分为2个部分：1 总则、2 组织机构" in answer.answer


@pytest.mark.parametrize("line", ["1.9月30日前，区建设管理委完成排查。", "3.55公顷", "2.2019年目标任务", "19.23"])
def test_numbers_that_are_not_decimal_headings(line):
    text = "某区实施方案\n一、目标\n" + "\n".join([line] * 4) + "\n"
    _, cleaned = _cleaned(text)
    assert not [u for u in parse("d", text, cleaned) if u.kind == "decimal"]


def test_the_one_body_a_reply_is_addressed_to_is_its_recipient_not_a_responsible_body():
    text = ("国务院关于同意建立某某部际联席会议制度的批复\n国函〔2018〕144号\n教育部：\n你部请示收悉。现批复如下：\n"
            "同意建立联席会议制度。\n附件\n某某部际联席会议制度\n一、成员单位\n联席会议由教育部、财政部2个部门组成，教育部为牵头单位。\n")
    source, cleaned = _cleaned(text)
    assert [line.stripped for line in cleaned.front["recipients"]] == ["教育部："]
    units = parse("d", text, cleaned)
    found = extract(text, units, NONE, "国务院")
    assert [[(b.name, b.role) for b in r.bodies] for r in found] == [[("教育部", "lead"), ("财政部", "responsible")]]


def test_a_compound_of_the_question_is_worth_at_least_its_pieces():
    from indexer.answers.answering import _words_score
    weights = {"成立": 7.9, "区土方规划工作小组": 4.0, "小组": 4.0, "规划": 1.5, "土方": 0.7}
    whole = _words_score(weights, {"成立", "区土方规划工作小组", "小组", "规划", "土方"})
    pieces = _words_score(weights, {"成立", "小组", "土方"})        # 区土方调度工作小组: some pieces only
    assert whole > pieces and whole == pytest.approx(7.9 + 4.0 + 1.5 + 0.7)


def _library_members() -> set[str]:
    from indexer.search.library import Library
    return {n for n in vars(Library) if not n.startswith("_")} | set(Library.__annotations__)


def test_answering_reads_the_knowledge_base_only_through_its_declared_library():
    """Every kb.<name> the answering, routing and materials code uses is declared in search/library.py, and
    every function of theirs that takes the knowledge base says so (kb: Library)."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "indexer"
    files = [*sorted((root / "answers").glob("*.py")), root / "search" / "routing.py",
             *sorted((root / "materials").glob("*.py"))]
    used, untyped = set(), []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "kb":
                used.add(node.attr)
            if isinstance(node, ast.FunctionDef):
                for arg in node.args.args:
                    if arg.arg == "kb" and not (arg.annotation is not None and "Library" in ast.unparse(arg.annotation)):
                        untyped.append(f"{path.name}:{node.name}")
    assert used and untyped == []
    assert used - _library_members() == set()


def test_the_knowledge_base_is_a_library(plan_kb):
    assert [name for name in _library_members() if not hasattr(plan_kb, name)] == []


def test_an_abbreviation_the_documents_never_use_is_read_as_their_phrase(tmp_path):
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    (tmp_path / "d.txt").write_text("关于加快发展职业教育的意见\n一、工作机制\n（一）建立联席会议。职业教育联席会议每年召开两次会议。"
                                    "（教育部负责）\n（二）推进集中采购。药品集中采购在11个城市试点。（医保局负责）\n"
                                    "（三）加强宣传。做好政策解读和舆论引导。（宣传部负责）\n"
                                    "（四）强化保障。落实经费保障和人员保障。（财政部负责）\n",
                                    encoding="utf-8")
    kb = KnowledgeBase.open([tmp_path], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                            log=lambda m: None)
    result = kb.search("职教联席会议一年开几次会？")
    assert [(e.word, e.terms) for e in result.expansions] == [("职教", ("职业教育",))]
    assert kb.search("集采试点有几个城市？").hits[0].unit_id.endswith("（二）")
    assert not any(e.word == "联席" for e in kb.search("联席会议").expansions)   # a word the documents use
    # first and last characters (管理养护 → 管护): for a whole word asked and a phrase the documents keep using
    (tmp_path / "d.txt").write_text("关于农村公路管理养护的意见\n一、管理养护体制\n（一）落实职责。乡镇政府具体负责乡道的管理养护工作。"
                                    "\n（二）保障资金。管理养护资金纳入预算。\n（三）加强考核。管理养护纳入考核，能力更加提升。\n"
                                    "（四）强化保障。落实经费保障和人员保障。\n", encoding="utf-8")
    kb = KnowledgeBase.open([tmp_path], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                            log=lambda m: None)
    assert [(e.word, e.terms) for e in kb.search("乡道谁负责管护？").expansions] == [("管护", ("管理养护",))]
    assert not any(e.word == "能加" for e in kb.search("考核里能加分吗？").expansions)     # 能力更加 once


def test_a_deadline_written_as_a_labelled_value_answers(tmp_path):
    """answer_types.json 时限: 时间节点：2025年4月 in an item's bracket and 时限要求：持续推进 on a line of its own give
    the item's deadline, label and value quoted; the labelled value of another item inside a part is not the
    part's."""
    kb = _one_document_kb(tmp_path, "某市工作方案\n一、实施步骤\n（一）准备阶段。制定工作方案，明确任务分工。（责任部门：市交通委。"
                                    "时间节点：2025年3月）\n（二）联调联试阶段。开展系统联调联试，组织业务培训。（责任部门：市交通委、"
                                    "市公安局。时间节点：2025年4月）\n二、重点措施\n（三）推进项目建设。规范推进地下综合管廊项目。\n"
                                    "责任单位：市发改委\n时限要求：持续推进\n（六）加强巡查。对应措施：会同物业每月开展巡查。\n" + FILLER)
    answer = kb.ask("联调联试阶段的时间节点是什么？")
    assert answer.found and [c.label for c in answer.citations][:1] == ["（二）"]
    assert answer.citations[0].quote == "时间节点：2025年4月"
    answer = kb.ask("推进地下综合管廊项目建设这项措施的时限要求是什么？")
    assert answer.found and answer.citations[0].quote == "时限要求：持续推进"
    # a label that does not name the kind asked (对应措施：…每月…) is no labelled value of it
    from indexer.answers.answertypes import TYPES, labelled_value
    often = next(t for t in TYPES if t.name == "次数或频次")
    assert labelled_value(kb, kb.unit("（六）"), (often.evidence,)) is None


def test_the_words_of_a_units_heading_do_not_pick_its_sentence(tmp_path):
    """A unit's heading words (（1）全面落实“多证合一”改革) are its topic, shared by every sentence of it: the question's
    other words (服务模式) pick the sentence quoted."""
    kb = _one_document_kb(tmp_path, "某市实施意见\n一、减少审批\n1.深化改革。\n（1）全面落实“多证合一”改革。按照尽量整合的原则，"
                                    "全面实行“多证合一”改革，已整合的证照不再发放；深化部门间信息共享，实行“一套材料、一窗受理”的"
                                    "服务模式。（市市场监管局牵头负责）\n" + FILLER)
    answer = kb.ask("“多证合一”改革要求实行什么样的服务模式？")
    assert answer.found and "一套材料、一窗受理" in answer.citations[0].quote


def test_a_text_whose_top_level_is_numbered_items_starts_at_its_first_item():
    """A text with no part heading (一、) whose first line is an item (1、在某市设立试验区事宜) has no title: its items
    1、 2、 are units, each with its own clause; a text with parts keeps its front matter as before."""
    text = ("1、在某市设立综合改革试验区事宜\n由某副市长负责，市发改委牵头，相关部门配合，尽快完成实施方案。\n"
            "2、大气污染防治研究项目\n由某副市长负责，市环保局牵头，相关部门配合，尽快完成项目报批。\n")
    units = parse("d", text, _cleaned(text)[1])
    assert [u.label for u in units if u.kind == "item"] == ["1.", "2."]
    found = extract(text, units, NONE, None)
    assert [(r.unit_id, [b.name for b in r.bodies]) for r in found] == [("d#1.", ["市发改委"]), ("d#2.", ["市环保局"])]
    titled = "某市工作方案\n为做好工作，制定本方案。\n一、主要任务\n1、加强统筹。市发改委负责统筹。\n"
    assert _cleaned(titled)[1].meta.get("title") == "某市工作方案"


def test_a_body_named_in_full_is_found_by_its_short_form(tmp_path):
    """responsibility.json short_forms: 北海市人民政府 is also written 北海市政府, 市卫生健康委员会 市卫生健康委; a
    question by the short form asks for the body the document names in full."""
    table = BodyTable()
    for name in ("某市人民政府", "某县人民政府", "市卫生健康委员会"):
        table.add(name)
    assert [f[0] for f in table.find("某市政府和某县政府负责哪些任务？")] == ["某市人民政府", "某县人民政府"]
    assert [f[0] for f in table.find("市卫生健康委要做什么？")] == ["市卫生健康委员会"]
    kb = _one_document_kb(tmp_path, "某市工作方案\n一、工作任务\n（一）推进质量兴市。（某市人民政府、某县人民政府负责落实）\n"
                                    "（二）落实资金。市财政局负责资金保障。\n" + FILLER)
    answer = kb.ask("某县政府自己在这个方案里负责啥？")
    assert answer.intent == "bureau_tasks" and [c.label for c in answer.citations] == ["（一）"]


@pytest.mark.parametrize("question, names", [
    ("税务总局在发展体育竞赛表演产业中负责哪些工作？", ["税务总局"]),
    ("镇市场监管所在建筑垃圾治理中负责哪些工作？", ["镇市场监管所"]),
    ("国家发展改革委在规范性文件合法性审核工作中承担什么职责？", ["国家发展改革委"]),
    ("区市场监管局要做哪些事？", ["区市场监管局"]),
    ("我们局要做哪些事？", []), ("中央财政在支持小微企业方面要做什么？", []), ("区里哪个局负责工程质量？", []),
    # a word pointing at this document (这次, 本次) may stand between the body and what it does
    ("建设局这次分到了哪些活？", ["建设局"]), ("西咸新区管委会这回分到了哪些活？", ["西咸新区管委会"]),
    ("卫健委今年要负责哪几件民生实事？", ["卫健委"]),
    ("工商质监局这次牵头的事有哪几件？", ["工商质监局"]), ("区卫生健康委在区发展改革委牵头的工作里负责什么？",
                                              ["区卫生健康委", "区发展改革委"]),
])
def test_bodies_a_question_names_by_their_form(question, names):
    from indexer.answers.bureaus import asked_bodies
    assert asked_bodies(question) == names


def test_a_table_column_of_bodies_is_read_by_its_ending_whatever_its_role_word():
    text = ("某区工作方案\n一、任务分工\n序号 | 改革事项 | 落实推进单位\n1 | 推进登记注册。 | 区市场监管局\n"
            "2 | 企业服务 | 各部门、各街道、镇、各功能区\n序号 | 任务 | 牵头部门 | 协办部门\n1 | 整治 | 区商务委 | 区公安分局\n")
    _, cleaned = _cleaned(text)
    found = extract(text, parse("d", text, cleaned), NONE, "某区人民政府办公室")
    assert [[(b.name, b.role) for b in r.bodies] for r in found] == [
        [("区市场监管局", "listed")], [("各街道、镇", "listed"), ("各功能区", "listed")],
        [("区商务委", "lead"), ("区公安分局", "support")]]


def test_a_body_heading_whose_duties_open_with_qiantou_leads():
    text = "五、职责分工\n（一）区建管委\n牵头协调推进全区海绵城市建设工作。\n（二）区规划资源局\n负责规划管理。\n"
    _, cleaned = _cleaned(text)
    found = extract(text, parse("d", text, cleaned), NONE, "某区人民政府办公室")
    assert [[(b.name, b.role) for b in r.bodies] for r in found] == [[("区建管委", "lead")], [("区规划资源局", "responsible")]]


def test_a_body_asked_by_its_full_name_finds_its_short_name_and_each_unit_is_one_task(tmp_path):
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    (tmp_path / "d.txt").write_text(
        "国务院办公厅关于某事的意见\n一、任务\n（一）建立机制。发展改革委要牵头建立协作机制。（发展改革委、财政部负责）\n"
        "（二）拓展渠道。拓展销售途径。（商务部、发展改革委负责）\n（三）加强宣传。做好宣传。（中央宣传部负责）\n"
        "（四）强化保障。落实保障。（财政部负责）\n", encoding="utf-8")
    kb = KnowledgeBase.open([tmp_path], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                            log=lambda m: None)
    a = kb.ask("国家发展和改革委员会负责哪些任务？")
    assert a.intent == "bureau_tasks" and a.found
    assert [c.unit_id.split("#")[1] for c in a.citations] == ["（一）", "（二）"]     # （一） once, as lead
    assert any("国家发展和改革委员会" in n and "发展改革委" in n for n in a.notes)


def test_a_question_is_read_once_into_what_answering_branches_on(plan_kb):
    from indexer.answers.answering import read_question
    q = read_question(plan_kb, "你好，请问区住建局要做哪些事？谢谢")
    assert q.intent == "bureau_tasks" and q.asks_tasks and not q.names_self
    assert "区住建" in q.text and q.text != "你好，请问区住建局要做哪些事？谢谢" and q.bodies
    w = read_question(plan_kb, "工程质量投诉归区市场监管局管吗？")
    assert w.whether and w.bodies == ("区市场监管局",) and not w.asks_tasks


@pytest.mark.parametrize("question, kept, dropped", [
    ("这个建筑垃圾的规定管到哪一天为止？", {"建筑", "垃圾"}, {"哪一天", "为止"}),
    ("静安想让银行多给民企放贷，这事是哪几个部门在管？", {"银行", "放贷"}, {"哪几个", "哪几", "部门"}),
    ("清水行动的动员部署要在啥时候之前搞完？", {"动员", "部署"}, {"啥时候", "之前", "搞完"}),
    ("集中攻坚阶段是从几月到几月？", {"攻坚", "阶段"}, {"几月", "是从"}),
    ("清运车要不要装GPS，文件哪一条有规定？", {"清运", "gps"}, {"哪一条", "要不要", "有规定"}),
    ("对高风险类独居老人，居委多久上门督促一次清除可燃物？", {"高风险", "可燃物"}, {"一次", "多久"}),
    # 这次, 本次 point at the document asked about: no topic to sort a body's tasks by
    ("工商质监局这次牵头的事有哪几件？", {"工商", "质监局"}, {"这次", "几件"}),
    ("市财政局本次在招投标方面要做什么？", {"招投标"}, {"本次"}),
    # a question word joined to its measure word or unit of time (question_stopwords.json interrogative)
    ("举报热线每天几点到几点有人接？", {"举报", "热线"}, {"几点"}),
    ("这份通知是哪天印发的？", {"通知", "印发"}, {"哪天"}),
    ("应急响应分为几级，每级由哪位领导指挥？", {"应急", "响应", "指挥"}, {"几级", "哪位"}),
    # pieces jieba cuts from the question's frame (在X中要做什么, 在这件事上, 这项工作中)
    ("医疗保障部门在专项附加扣除中要做什么？", {"专项", "扣除"}, {"中要"}),
    ("在这件事上区民政局要负责什么？", {"民政局"}, {"事上"}),
    ("这项工作中要注意什么？", {"注意"}, {"这项", "中要"}),
    ("人社部门在护工培训这件事上要干些什么？", {"护工", "培训"}, {"干些"}),
    ("区民政局要做些什么？", {"民政局"}, {"做些"}),
])
def test_question_words_are_no_search_terms(question, kept, dropped):
    """data/question_stopwords.json: the words saying what kind of question it is are not searched for."""
    from indexer.index.tokenize import Tokenizer
    tokens = set(Tokenizer().query_tokens(question))
    assert kept <= tokens and not (dropped & tokens)


def test_how_often_is_a_frequency_and_how_long_a_period():
    """多久…一次 asks how often, answered by 每月; 多长时间 alone asks a period, which 每年 does not give
    (answer_types.json 次数或频次 and 期限)."""
    from indexer.answers.answertypes import asked
    kinds = lambda q: [t.name for t in asked(q)]
    assert kinds("多久开展一次全覆盖检查？") == ["次数或频次"]
    assert kinds("申请一件专利需要多长时间？") == ["期限"]
    assert kinds("居委对小区多久要查一遍？") == ["次数或频次"]
    assert kinds("三个阶段要在什么时候前全部完成？") == ["时限"] and kinds("联调联试阶段的时间节点是什么？") == ["时限"]
    deadline = next(t for t in asked("什么时候前完成？"))
    assert deadline.evidence.search("于2025年5月底完成") and deadline.evidence.search("年底前建成")
    assert deadline.evidence.search("每年1月31日前公开")
    assert not deadline.evidence.search("按照以下三个阶段")
    often, period = [next(t for t in asked(q)) for q in ("多长时间公布一次？", "整改要多久？")]
    assert often.evidence.search("确保每月全覆盖一次") and not often.evidence.search("全面覆盖")
    assert often.evidence.search("每五年对文物保护单位进行评估") and often.evidence.search("每3个月开展一次")
    assert period.evidence.search("30个工作日") and not period.evidence.search("每年组织一次评审")
    assert period.evidence.search("为期2周的培训") and not period.evidence.search("年龄在18至60周岁")   # 周岁: an age


def test_a_multiple_is_a_sum_only_of_a_sum():
    """answer_types.json 金额: 违法所得一倍以上五倍以下的罚款 gives a sum (a multiple of one), 利率的1.1倍 does not."""
    from indexer.answers.answertypes import asked
    money = next(t for t in asked("最多能贷多少钱？"))
    assert money.name == "金额" and money.evidence.search("并处违法所得一倍以上五倍以下的罚款")
    assert money.evidence.search("处二倍以下的罚款") and money.evidence.search("罚款二万元")
    assert not money.evidence.search("贷款利率按不低于同期首套住房公积金贷款利率的1.1倍执行")

def test_a_sector_in_a_list_is_no_body_to_look_for_in_questions():
    """区公安、应急、消防部门: 应急 and 消防 stay in their clause, but a question about 消防安全 names no body."""
    table = BodyTable()
    for name in ("区消防安全委员会", "消防", "应急"):
        table.add_named(name)
    assert [n for n, _, _ in table.find("区消防安全委员会在基层消防安全综合治理中承担哪些工作？")] == ["区消防安全委员会"]
    table.add_named("市局认证处", labelled=True)        # a label names it a body, whatever its form
    assert [n for n, _, _ in table.find("市局认证处负责哪些任务？")] == ["市局认证处"]


def _one_document_kb(tmp_path, text):
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    doc = tmp_path / "plan.txt"
    doc.write_text(text, encoding="utf-8")
    return KnowledgeBase.open([doc], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                              log=lambda m: None)


FILLER = "（三）加强宣传。开展消防宣传进社区活动。\n（四）强化保障。落实经费和人员保障。\n（五）严格考核。将工作纳入年度考核。\n"


MEETING = ("某区人民政府办公室关于建立某项工作联席会议制度的通知\n各部门：\n为加强协作，建立联席会议制度，具体内容如下：\n"
           "一、主要职能\n联席会议负责研究解决工作中的重大问题，督导检查工作开展情况。\n"
           "二、成员单位\n联席会议由区民政局、区财政局、区公安分局共3个单位组成，区民政局为牵头单位。分管民政的区级领导担任联席会议"
           "召集人，区政府副秘书长担任副召集人。联席会议设联络员，各成员单位指定1名科室负责同志担任。\n"
           "三、工作规则\n联席会议原则上每年召开一次，由召集人或副召集人主持。消防工作站在编人员不少于2人。"
           "各成员单位要在每季度最后一个月的25日前将本季度工作进展情况报区民政局。\n")


def test_a_post_asked_is_answered_by_the_sentence_giving_its_holder(tmp_path):
    """召集人由谁担任 (ROLE_HOLDER): the clause naming the post's holder, not the members' sentence of the same article;
    副召集人 only when asked; a post no sentence fills keeps the ordinary answer."""
    kb = _one_document_kb(tmp_path, MEETING)
    convener = kb.ask("联席会议的召集人由谁担任？")
    assert convener.found and convener.citations[0].quote.startswith("分管民政的区级领导担任联席会议召集人")
    deputy = kb.ask("谁担任联席会议副召集人？")
    assert "区政府副秘书长担任副召集人" in deputy.citations[0].quote
    assert "由召集人或副召集人主持" not in kb.ask("联席会议的组长由谁担任？").answer
    # a phone asked beside who (联络员是谁，电话多少) is asked, not mentioned: no number, no answer
    assert not kb.ask("区财政局的联席会议联络员是谁，电话多少？").found


FUNERAL_MEETING = ("某市人民政府办公室关于建立殡葬管理工作联席会议制度的通知\n各县（市、区）人民政府：\n"
                   "为加强殡葬管理，建立殡葬管理工作联席会议（以下简称联席会议）制度。现通知如下：\n"
                   "一、主要职责\n联席会议负责统筹协调全市殡葬管理工作，研究解决殡葬改革中的重大问题。\n"
                   "二、组成人员\n联席会议由分管民政工作的市领导担任召集人，市民政局主要负责同志担任副召集人。成员包括市委宣传部、"
                   "市发展改革局、市公安局、市民政局、市自然资源局、市生态环境局、市农业农村局、市卫生健康局、市市场监管局、"
                   "市林业局等单位分管负责同志。\n"
                   "三、工作机制\n（一）联席会议根据工作需要不定期召开会议，由召集人主持，参会人员为联席会议成员。视工作需要，"
                   "可邀请其他部门负责同志参加殡葬联席会议。\n（二）联席会议办公室设在市民政局。\n"
                   "（三）联席会议建立联络员制度，各成员单位指定1名同志参加联络员会议。\n")
FUNERAL_MEMBERS = ["市委宣传部", "市发展改革局", "市公安局", "市民政局", "市自然资源局", "市生态环境局", "市农业农村局",
                   "市卫生健康局", "市市场监管局", "市林业局"]


def test_the_members_asked_are_those_the_document_lists(tmp_path):
    """联席会议都有哪些部门参加 (answer_words MEMBERS_ASKED): the sentence listing the meeting's members answers, though
    a long list ranks below the sentences holding the question's own words (参加); a list closed by its count
    (联席会议由A、B3个部门组成, no 等) is a list."""
    kb = _one_document_kb(tmp_path, FUNERAL_MEETING)
    for question in ("殡葬联席会议都有哪些部门参加？", "联席会议的成员单位有哪些？"):
        answer = kb.ask(question)
        assert answer.bureaus == FUNERAL_MEMBERS, question
        assert answer.citations[0].quote.startswith("成员包括市委宣传部")
    counted = FUNERAL_MEETING.replace("成员包括市委宣传部、", "联席会议由市委宣传部、").replace(
        "市林业局等单位分管负责同志。", "市林业局10个部门和单位组成，市民政局为牵头单位。")
    other = tmp_path / "counted"
    other.mkdir()
    answer = _one_document_kb(other, counted).ask("殡葬联席会议都有哪些部门参加？")
    assert answer.bureaus == FUNERAL_MEMBERS and answer.lead == ["市民政局"]
    # a sentence whose list names no body (成员由各方代表组成) lists no members: its 市政府 (of 由市政府副秘书长担任) is none
    unnamed = FUNERAL_MEETING.replace("（三）联席会议建立联络员制度", "（三）殡葬联席会议由市政府副秘书长担任主席，成员由殡葬"
                                      "服务机构、殡葬协会等各方代表组成。联席会议建立联络员制度")
    third = tmp_path / "unnamed"
    third.mkdir()
    assert _one_document_kb(third, unnamed).ask("殡葬联席会议的成员由哪些部门组成？").bureaus == FUNERAL_MEMBERS


def test_who_leads_is_refused_where_the_closest_text_names_no_body(tmp_path):
    """谁牵头 asked of a task whose text names no body (1.推进招商引资。全年引进项目10个。): refused, the text shown
    beside the refusal; a task naming its lead answers with it; how many lead (几个牵头部门) is no "who"."""
    text = ("某区人民政府办公室关于印发某区重点任务清单的通知\n各街道：\n现将任务清单印发给你们，清单共计2项任务，涉及1个牵头部门。\n"
            "一、推进产业发展\n1.推进招商引资。全年引进产业项目10个。\n"
            "2.推进科技创新。培育高新技术企业。（牵头单位：区科技局；配合单位：区财政局）\n" + FILLER)
    kb = _one_document_kb(tmp_path, text)
    refused = kb.ask("招商引资那项任务是哪个部门牵头？")
    assert not refused.found and refused.citations and "招商引资" in refused.citations[0].quote
    assert "没有写明牵头单位" in refused.answer
    answered = kb.ask("科技创新谁牵头？")
    assert answered.found and answered.lead == ["区科技局"]
    # 几个牵头部门 asks a count, which a text naming no body may give
    assert "1个牵头部门" in kb.ask("这个清单一共涉及几个牵头部门？").answer


def test_an_organisation_opening_a_sentence_answers_who_where_no_body_is_named(tmp_path):
    """answer_words SENTENCE_ACTOR: 试点地区要制定… names who acts though no body's morphology names it; a sentence
    opening with its act (制定标准应当…) names no one and the answer says so."""
    text = ("某市人民政府办公室关于开展政务服务集约化试点的通知\n各区人民政府：\n现就开展试点工作通知如下。\n"
            "一、明确任务\n（一）制定方案。试点地区要结合实际制定具体实施方案，报市政府办公室备案。\n"
            "（二）完善标准。制定服务标准应当听取群众意见，做到公开透明。\n"
            "（三）降低门槛。市融资担保基金和区级担保、再担保基金（机构）要引导担保机构逐步取消反担保要求。\n" + FILLER)
    kb = _one_document_kb(tmp_path, text)
    assert kb.ask("具体实施方案由谁制定？").bureaus == ["试点地区"]
    # two organisations joined by 和, one of them a list sharing its kind (区级担保、再担保基金) with a bracket
    assert kb.ask("取消反担保要求由谁来引导？").bureaus == ["市融资担保基金", "区级担保、再担保基金（机构）"]
    plain = kb.ask("服务标准由谁制定？")
    assert plain.found and plain.bureaus == [] and "没有写明负责单位" in plain.answer


def test_a_list_of_members_read_after_its_comma_is_quoted_whole():
    """联席会议由A、B，C、D等N个部门和单位组成: the list is one, quoted from its sentence's start, not from its comma."""
    text = "1.联席会议由市委宣传部、统战部、网信办，市发改委、教育局、妇联等6个部门和单位组成。"
    found = extract(text, [_unit(text)], NONE, "某市人民政府办公室")
    assert [r.quote for r in found] == [text[2:]]


def test_a_cell_of_bodies_split_by_an_ascii_comma():
    """A task table's cell pasted with an ASCII comma between names (市供销社,各县(区)政府) holds two bodies."""
    from indexer.structure.bodynames import cell_bodies
    cell = cell_bodies("市住建局、市供销社,各县(区)政府", 0, "listed", BodyTable(), "市")
    assert [b.name for b in cell] == ["市住建局", "市供销社", "各县(区)政府"]


def test_a_part_that_is_one_sentence_names_its_subject():
    """三、市住房保障房屋管理局负责住宅小区管理、…等。: a long part line is a sentence after its label, whose subject is
    read as an article's is; a long part line naming no body stays without one."""
    assert _roles("三、市住房保障房屋管理局负责住宅小区管理、建设行政执法队伍及建立城市管理长效机制等。",
                  issuer="某市人民政府") == [[("市住房保障房屋管理局", "responsible")]]
    assert _roles("四、建设多元办学格局，鼓励社会力量参与办学，推动形成公办民办共同发展的格局。", issuer="某市人民政府") == []


def test_a_post_and_its_holder_are_no_duty():
    """post_held: 站长由街道分管副职担任 names where the holder works; 联席会议设联络员，由…担任 sets up a post; a body
    doing a task in the same paragraph is still read."""
    assert _roles("（一）建强工作站。依托街道应急管理办公室设置消防工作站，站长由街道分管副职担任，"
                  "副站长由街道应急管理办公室负责人担任。", issuer="某区人民政府") == []
    assert _roles("（三）联席会议设联络员，由各成员单位有关股室的负责同志担任。", issuer="某区人民政府") == []
    assert _roles("（二）组长由区长担任，由区民政局负责日常工作。", issuer="某区人民政府") == [[("区民政局", "responsible")]]


def test_everyday_words_around_a_verb_are_no_topic(tmp_path):
    """每个 and a verb's direction (报上去, 交上去) say nothing of the topic: 报上去 is searched as 上报/报送, 每个 and
    上去 are no words the text must hold."""
    kb = _one_document_kb(tmp_path, MEETING)
    answer = kb.ask("每个季度的进展情况最晚几号之前要报上去？")
    assert answer.found and "25日前" in answer.answer
    # 开会 is searched as 召开 and 会议
    meets = kb.ask("联席会议是定期开会吗？")
    assert meets.found and meets.citations[0].label == "三、"


def test_a_body_named_as_the_setting_is_no_second_body(tmp_path):
    """区民政局在联席会议中承担哪些职责 (SETTING_AFTER): the meeting is where; the tasks are 区民政局's, not those it
    shares with 联席会议. Two bodies joined by 和 still share theirs."""
    kb = _one_document_kb(tmp_path, MEETING)
    within = kb.ask("区民政局在联席会议中承担哪些职责？")
    assert within.found and within.citations[0].label == "二、"
    assert kb.ask("区民政局和区财政局共同负责哪些事？").found


def test_papers_asked_need_papers_named():
    """要交哪些材料 (申请材料) is asked apart from how to apply: a text saying one may apply (申请), or naming an
    industry of 新材料, gives no papers; 提交申请表和营业执照复印件 does."""
    from indexer.answers import answertypes
    papers = next(t for t in answertypes.TYPES if t.name == "申请材料")
    assert papers.asked.search("重大项目前期费怎么申请，要交哪些材料？")
    assert not papers.evidence.search("区级财政安排4000万元重大项目前期费，符合条件的企业可按规定申请。")
    assert not papers.evidence.search("培育新材料、高端装备等产业集群。")
    assert papers.evidence.search("企业申请时提交申请表和营业执照复印件。")


def test_a_sum_named_by_its_noun_is_one_beside_that_noun(tmp_path):
    """answer_types.json 金额 named_by: 罚款多少 is answered by a sum beside 罚 (or its kin), not by the 30万元 of a
    rule's name beside other words of the question; 多少奖励 by 2000元 beside 奖励."""
    kb = _one_document_kb(tmp_path, "（一）小型工程备案。限额以下小型建设工程30万元以下施工备案按操作规程办理，"
                                    "建设单位应当办理备案手续后施工。\n（二）举报奖励。对查实的举报给予举报人2000元奖励。\n"
                                    + FILLER)
    fine = kb.ask("不办备案手续擅自施工的建设单位要罚款多少？")
    assert not fine.found and "金额" in fine.answer
    reward = kb.ask("举报查实了能拿到多少奖励？")
    assert reward.found and "2000元" in reward.answer


def test_an_institution_asked_is_one_of_that_kind_named(tmp_path):
    """answer_types.json 具体机构: 去哪家医院 needs a hospital named (市第一人民医院), not the school of the same unit; a
    text naming none is refused, the kind missing said."""
    screening = "（一）妇女两癌免费筛查工程。为全市妇女免费提供筛查服务，义务教育学校同步开展健康教育。责任部门：市卫生健康委。\n"
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    none = _one_document_kb(tmp_path / "a", screening + FILLER).ask("妇女两癌免费筛查工程去哪家医院做？")
    assert not none.found and "具体机构" in none.answer
    named = _one_document_kb(tmp_path / "b", screening.replace("义务教育学校同步开展健康教育", "由市第一人民医院承担")
                             + FILLER).ask("妇女两癌免费筛查工程去哪家医院做？")
    assert named.found and named.citations[0].label == "（一）"


def test_a_count_of_people_answers_how_many(tmp_path):
    """几个人 / 至少要几个 (数量): 1名 and 不少于2人 are counts, not a missing value."""
    kb = _one_document_kb(tmp_path, MEETING)
    liaison = kb.ask("每个成员单位要派几个人当联络员？")
    assert liaison.found and "1名" in liaison.answer
    staff = kb.ask("消防工作站在编的人员至少要几个？")
    assert staff.found and "不少于2人" in staff.answer


def test_the_clause_giving_the_kind_of_value_asked_is_quoted(tmp_path):
    """多久…一次 asks a period: the clause 每月公布… is quoted, not the one holding some other number (“12345”)."""
    kb = _one_document_kb(tmp_path, "某区消防工作方案\n一、工作措施\n（一）运行隐患指数平台。将社区消防工作融入大数据平台，构建"
                                    "“12345”热线告警等指数维度模型，每月公布指数维度评分情况，引导社区闭环管理。\n（二）规范巡查。"
                                    "组织开展巡查。\n" + FILLER)
    assert kb.ask("隐患指数平台多久公布一次指数维度评分情况？").answer.startswith("每月公布指数维度评分情况")


def test_the_sentence_giving_the_kind_of_value_asked_is_quoted(tmp_path):
    """In an item whose first sentence shares more of the question's words, the sentence giving the period asked
    for (每半年) is quoted."""
    kb = _one_document_kb(tmp_path, "某区消防工作方案\n一、工作措施\n（一）宣传教育。开展宣传。\n（二）第三类场所。\n排查对象：规模型"
                                    "生产经营单位、建筑工地等单位场所。\n排查主体：街镇消防办公室组织人员开展检查，确保每半年全覆盖一次。\n"
                                    + FILLER)
    assert "每半年全覆盖一次" in kb.ask("规模型生产经营单位、建筑工地这些第三类场所，多长时间要检查全覆盖一次？").answer


def test_an_attachment_titled_on_its_line_and_set_again_starts_the_attachment():
    """附件：相关单位及职责 then 相关单位及职责: the attachment starts (and is searchable when nothing in it is); a
    notice's list 附件：1.… is no attachment heading."""
    text = ("某工业区应急预案\n1 总则\n1.1 编制目的\n为规范应急处置，制定本预案。\n1.2 适用范围\n本预案适用于工业区。\n"
            "2 附则\n2.1 预案实施\n本预案自印发之日起实施。\n附件：相关单位及职责\n相关单位及职责\n派出所：负责现场治安秩序维护。\n"
            "消防救援站：统一组织火灾扑救。\n")
    source, cleaned = _cleaned(text)
    units = {u.label: u for u in parse("d", text, cleaned)}
    assert units["附件"].kind == "attachment" and units["附件"].heading == "相关单位及职责" and units["附件"].retrievable
    assert "派出所" not in units["2.1"].text
    listing = "某区实施方案\n一、目标\n（一）全面提升。\n附件：1.任务分工表\n2.联系人名单\n"
    source, cleaned = _cleaned(listing)
    assert not [u for u in parse("d", listing, cleaned) if u.kind == "attachment"]


def test_an_attached_table_is_an_attachment_and_golds_name_it_so(tmp_path):
    """附表1 / 附表2：(an attached table) opens an attachment, as 附件1 does, labelled as written; the evaluation's
    golds (SPEC.md) name any attachment 附件."""
    text = ("某市交通领域光伏推广实施方案\n一、主要任务\n（一）推进示范工程。\n1.光伏+公交工程。建设一批光伏车棚。\n"
            "二、保障措施\n（一）强化组织领导。成立工作专班。\n附表1\n任务分工表\n序号\n事项\n责任单位\n1\n光伏+公交工程\n"
            "市道路运输局、各区政府\n附表2：\n各区任务分配表\n序号\n区域\n新增装机容量\n")
    source, cleaned = _cleaned(text)
    units = {u.label: u for u in parse("d", text, cleaned)}
    assert units["附表1"].kind == "attachment" and units["附表2"].kind == "attachment"
    assert "市道路运输局" not in units["（一）"].text and "市道路运输局" in units["附表1"].text
    kb = _one_document_kb(tmp_path, text)
    paths = de.label_paths(kb)
    assert paths["plan#附表1"] == "附件1"

def test_an_item_whose_text_opens_with_a_date():
    """2.11月30日前，… is item 2 (the month after its label), 3.55公顷 is no item."""
    text = "某区实施方案\n一、任务\n（一）排查。\n1.开展排查。\n2.11月30日前，区建设管理委完成分析。\n3.55公顷用地纳入规划。\n"
    source, cleaned = _cleaned(text)
    items = [u for u in parse("d", text, cleaned) if u.kind == "item"]
    assert [u.label for u in items] == ["1.", "2."] and items[1].text.startswith("2.11月30日前")


def test_a_document_counts_its_attachments(tmp_path):
    kb = _one_document_kb(tmp_path, "某区实施意见\n一、目标\n（一）全面提升。\n（二）加强保障。\n附件1\n管理细则\n一、总则\n（一）适用范围。\n"
                                    "附件2\n职责分工\n一、区财政局\n（一）落实经费。\n" + FILLER)
    answer = kb.ask("这份实施意见带了几个附件？")
    assert answer.found and "共有2个附件：附件1、附件2" in answer.answer


@pytest.mark.parametrize("sentence, expected", [
    ("国务院专利行政部门和省、自治区、直辖市人民政府管理专利工作的部门应当采取随机抽查等方式，对执业活动进行检查。",
     ["国务院专利行政部门", "省、自治区、直辖市人民政府管理专利工作的部门"]),
    ("违反本条例规定擅自开展专利代理业务的，由省、自治区、直辖市人民政府管理专利工作的部门责令停止违法行为。",
     ["省、自治区、直辖市人民政府管理专利工作的部门"]),
    ("国务院铁路、交通、水利等有关部门和县级以上地方人民政府负责监督。", ["国务院铁路、交通、水利等有关部门", "县级以上地方人民政府"]),
    # 由A另行制定: 另行 between the authority and its act
    ("个人所得税专项附加扣除具体操作办法，由国务院税务主管部门另行制定。", ["国务院税务主管部门"]),
    # a body by its form (…委) beside an authority (…部门): each its own
    ("有下列情形之一的，由市交通委、区交通行政管理部门按照职责分工实施警示：", ["市交通委", "区交通行政管理部门"]),
])
def test_authorities_as_laws_name_them(sentence, expected):
    """A government's department in charge of some work (…人民政府管理专利工作的部门) is one authority; 和 separates
    authorities before 、 does."""
    from indexer.structure.subjects import sentence_subject
    assert [b.name for b in sentence_subject(sentence, 0, len(sentence), NONE, None, True)] == expected


def test_items_numbered_through_the_text_are_counted_and_a_title_names_no_body_asked(tmp_path):
    """1. … 5. numbered through the parts: the document has 5 条; a body inside a quoted title (《区财政局关于…》) is
    not asked about, so a question on the document's date is still a question on the document."""
    kb = _one_document_kb(tmp_path, "某区财政局关于推进某项工作的实施意见\n一、目标\n1.全面提升。\n2.加强保障。\n二、措施\n3.完善制度。\n"
                                    "4.强化考核。\n三、保障\n5.落实经费。\n某区财政局\n2024年3月1日\n")
    assert "共有5条" in kb.ask("这份实施意见一共列了多少条？").answer
    dated = kb.ask("《某区财政局关于推进某项工作的实施意见》的成文日期是？")
    assert dated.intent == "document" and "2024年3月1日" in dated.answer


def test_golds_name_a_notice_s_text_the_opening_and_its_plan_the_attachment(tmp_path):
    kb = _one_document_kb(tmp_path, "某区人民政府关于印发某区实施方案的通知\n各街道办事处：\n现将方案印发给你们，请认真执行。\n某区人民政府\n"
                                    "2024年3月1日\n某区实施方案\n为推进工作，制定本方案。\n一、目标\n（一）全面提升。\n" + FILLER)
    paths = set(de.label_paths(kb).values())
    assert {"前言", "附件前言", "附件一、", "附件一、（一）"} <= paths


def test_a_line_of_duties_is_its_body_s_whole(tmp_path):
    """区应急管理局：参与…;参与…;负责全区应急避难场所启用。 — every duty of the line is the body's, so the question on the
    last one names it, not the body of the line before."""
    kb = _one_document_kb(tmp_path, "某区应急避难场所建设方案\n一、目标\n（一）全面提升。\n二、职责分工\n区民防办：负责制定全区应急避难场所专业规划;"
                                    "指导全区应急避难场所的建设;负责应急避难场所建成后的管理。\n"
                                    "区应急管理局：参与制定专业规划;参与验收;负责全区应急避难场所启用。\n" + FILLER)
    assert kb.ask("负责全区应急避难场所启用的是哪个部门？").bureaus == ["区应急管理局"]


def test_a_row_whose_task_names_a_column_word_is_no_header():
    """相关行业主管部门会同… in a row's task cell does not start a new table (主管部门 is a column's name)."""
    text = ("某区任务分工表\n改革领域 | 序号 | 改革事项 | 落实推进单位\n纠纷 | 1 | 相关行业主管部门会同市场监管部门强化监管。 | 区财政局、区市场监管局\n"
            "纠纷 | 2 | 提高小额诉讼程序适用率。 | 区法院\n")
    rows = table_rows(text, 0, len(text), NONE, "区")
    assert [[b.name for b in r[2]] for r in rows] == [["区财政局", "区市场监管局"], ["区法院"]]


def test_an_empty_cell_of_a_task_table_names_no_body():
    """—— in a 配合单位 cell says there is none: no body, and the row keeps its lead."""
    text = ("某区实施意见\n一、任务\n（一）推进。\n附件\n序号 | 工作任务 | 主要工作内容 | 牵头单位 | 配合单位\n"
            "（一） | 拓展空间 | 在全区拓展消纳空间。 | 区发展改革委 | ——\n"
            "（二） | 建设码头 | 建设转运码头。 | 区建设管理委 | / \n")
    units = parse("d", text, _cleaned(text)[1])
    rows = [[(b.name, b.role) for b in r.bodies] for r in extract(text, units, NONE, "某区人民政府办公室")
            if r.source == "table"]
    assert rows == [[("区发展改革委", "lead")], [("区建设管理委", "lead")]]


def test_an_item_naming_no_body_stands_aside_for_one_that_does(tmp_path):
    """An item without a clause at the top of a "who" question stands aside, as an article does, for a unit
    close behind that names its bodies and holds at least as much of the question."""
    kb = _one_document_kb(tmp_path, "某区高层建筑消防安全综合治理工作方案\n一、治理重点\n（一）排查对象。\n"
                                    "1.高层建筑违规采用易燃可燃外保温材料。\n2.消防设施损坏。\n二、工作措施\n（一）整改。\n"
                                    "1.区住房保障房屋管理局会同区消防救援支队对违规采用易燃可燃外保温材料的高层建筑进行改造可行性分析。\n"
                                    "2.区应急局开展宣传。\n" + FILLER)
    answer = kb.ask("违规采用易燃可燃外保温材料的高层建筑，改造可行性分析由哪些单位负责？")
    assert answer.citations[0].unit_id.endswith("二、/（一）/1.")
    assert answer.bureaus[:2] == ["区住房保障房屋管理局", "区消防救援支队"]


@pytest.mark.parametrize("text, expected", [
    # members named inside a sentence whatever its subject (data/responsibility.json member_lists)
    ("（一）成立专班。市住房城乡建设管理委为召集人单位，成员由市发展改革委、市教委等部门单位组成。",
     [[("市住房城乡建设管理委", "responsible"), ("市发展改革委", "listed"), ("市教委", "listed")]]),
    ("（一）成立小组。区政府成立由分管领导任组长的，区公安消防支队、区建设管理委相关领导为成员的协调小组，统筹推进。",
     [[("区政府", "responsible"), ("区公安消防支队", "listed"), ("区建设管理委", "listed")]]),
    ("（一）联席会议。成员由社会工作办公室、城市运行管理中心等部门及各社区居委的主要负责人担任。",
     [[("社会工作办公室", "listed"), ("城市运行管理中心", "listed")]]),
    # the words between a tail's names and its role word (按职责, 分别) are no part of a name
    ("（一）开展宣传。（市住房城乡建设管理委牵头负责、市教委、市文化旅游局按职责牵头负责，各区政府组织落实）",
     [[("市住房城乡建设管理委", "lead"), ("市教委", "lead"), ("市文化旅游局", "lead"), ("各区政府", "listed")]]),
    ("（一）开展宣传。（市教委、市文化旅游局分别负责）", [[("市教委", "listed"), ("市文化旅游局", "listed")]]),
])
def test_members_and_words_before_a_role(text, expected):
    assert _roles(text, issuer="某市人民政府办公厅") == expected


def test_values_written_with_numerals_are_looked_for_deeper():
    """answer_types.json numeric: a sum, a count or a length of time is looked for in the top five hits, a kind
    named by common words (条件) in the top three; 25分钟内 is a period; 两次 is a figure, 进一次门 is none."""
    from indexer.answers.answertypes import TYPES, asked, depth_for
    from indexer.answers.quoting import FIGURE, NUMERAL
    assert depth_for(asked("联席会议一年开几次会？")) == 5 and depth_for(asked("认定要满足什么条件？")) == 3
    period = next(t for t in TYPES if t.name == "期限")
    assert period.evidence.search("事发后25分钟内以口头方式报告") and period.evidence.search("1分钟内首次响应")
    assert not period.evidence.search("2022年1月11日") and not period.evidence.search("二〇二二年一月十一日")  # a date
    assert FIGURE.search("每年召开两次会议") and NUMERAL.search("每年召开两次会议")
    assert not NUMERAL.search("实现进一次门、查多项事")
    money = next(t for t in TYPES if t.name == "金额")
    assert money.evidence.search("处货值金额五倍以上罚款") and not money.evidence.search("提高担保放大倍数")


def test_a_document_answers_for_its_term(tmp_path):
    """有效期 / 管到哪天为止: the closing sentence stating the term is quoted and cited; a text stating none says so."""
    kb = _one_document_kb(tmp_path, "某区实施意见\n一、工作措施\n（一）加强管理。落实台账。\n" + FILLER +
                          "二、附则\n本意见自2023年1月26日起施行，有效期至2027年12月31日。\n")
    answer = kb.ask("这个实施意见管到哪一天为止？")
    assert answer.found and "有效期至2027年12月31日" in answer.answer
    assert answer.citations[0].quote.startswith("本意见自2023年1月26日起施行")
    (tmp_path / "b").mkdir()
    other = _one_document_kb(tmp_path / "b", "某区实施意见\n一、工作措施\n（一）加强管理。落实台账。\n" + FILLER)
    assert not other.ask("这个实施意见的有效期到什么时候？").found
    # a rule's article stating it, indented under its chapter: the article is cited, the sentence quoted whole
    (tmp_path / "c").mkdir()
    rule = _one_document_kb(tmp_path / "c", "某市扶持资金管理办法\n第一章　总则\n　　第一条　为规范管理，制定本办法。\n"
                                            "　　第二条　市财政局负责资金拨付。\n第二章　附则\n"
                                            "　　第三条　本办法自2022年4月20日起施行，有效期至2025年6月30日。\n"
                                            "　　第四条　本办法由市财政局负责解释。\n")
    term = rule.ask("该办法有效期到什么时候？")
    assert term.citations[0].label == "第三条" and term.citations[0].quote.endswith("有效期至2025年6月30日。")


JOINT = ("关于印发《某市某项工作方案》的通知\n各区有关部门：\n现将《某市某项工作方案》印发给你们，请认真组织实施。\n"
         "{signature}\n2025年2月28日\n某市某项工作方案\n一、工作目标\n（一）加强管理。落实台账。\n" + FILLER)


@pytest.mark.parametrize("signature, issuer", [
    ("某市发展和改革委员会", "某市发展和改革委员会"),
    ("某市发展和改革委员会\n\n某市粮食和物资储备局", "某市发展和改革委员会、某市粮食和物资储备局"),
    ("某区教育局某区文化和旅游局\n某区投资促进办公室", "某区教育局、某区文化和旅游局、某区投资促进办公室")])
def test_a_joint_signature_names_every_issuer(signature, issuer):
    """Bodies issuing a text jointly sign one per line above the date (or side by side in a table, without a space):
    every one is an issuer, and 哪两个单位联合印发 is answered with all of them, quoted from the signature."""
    text = JOINT.format(signature=signature)
    assert _cleaned(text)[1].meta["issuer"] == issuer


def test_a_jointly_issued_text_answers_who_issued_it(tmp_path):
    kb = _one_document_kb(tmp_path, JOINT.format(signature="某市发展和改革委员会\n\n某市粮食和物资储备局"))
    answer = kb.ask("这个方案是哪两个单位联合印发的？")
    assert answer.found and "某市发展和改革委员会、某市粮食和物资储备局" in answer.answer
    quote = answer.citations[0].quote
    assert quote.startswith("某市发展和改革委员会") and quote.endswith("某市粮食和物资储备局")


def test_a_body_named_beside_the_date_asked_is_the_issuer(tmp_path):
    """区应急局转发的这个通知是哪天发出的: the body named does not make it a question about the body's duties; beside
    一共有多少项 it does (the body's tasks are counted)."""
    text = JOINT.format(signature="某市应急管理局").replace("（一）加强管理。", "（一）区应急局负责隐患排查。")
    kb = _one_document_kb(tmp_path, text)
    answer = kb.ask("区应急局转发的这个通知是哪天发出的？")
    assert answer.found and "2025年2月28日" in answer.answer
    assert answer.intent == "document"


def test_a_date_question_names_both_dates_a_page_gives(tmp_path):
    """成文 (the signature) and 发布 (the page's field) both known: the one the question names first, the other beside
    it; one follow-up 文号是多少？ after 依据哪个文件？ is one question about the cited file."""
    text = ("关于印发某项工作方案的通知\n发布时间：2023-03-28\n\n各部门：\n"
            "为贯彻《某市人民政府办公厅关于加强某项工作的意见》（某府办规〔2019〕5号），制定本方案。\n"
            "一、工作目标\n提升水平。\n某区人民政府办公室\n2023年3月20日\n")
    kb = _one_document_kb(tmp_path, text)
    published = kb.ask("这个通知是什么时候发布的？")
    assert published.found and published.answer.index("2023年3月28日") < published.answer.index("2023年3月20日")
    assert "“2023-03-28”" in published.answer        # the date as the page writes it, beside its reading
    signed = kb.ask("这个通知是哪天印发的？")
    assert signed.answer.index("2023年3月20日") < signed.answer.index("2023年3月28日")
    cited = kb.ask("这份方案是为了贯彻市里哪个文件制定的？文号是多少？")
    assert "某府办规〔2019〕5号" in cited.answer and not cited.notes


def _document_roles(text: str, issuer="某街道办事处"):
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    return [(r.unit_id.split("#")[1], [(b.name, b.role) for b in r.bodies])
            for r in extract(source.text, units, NONE, issuer)]


def test_an_item_opening_with_a_body_and_a_stop_heads_its_duties_only_in_a_section_of_duties():
    """duty_sections: under 二、职责分工 `1.街道消委办。牵头开展…` is the body's line of duties (a later sentence may
    name a subject of its own); under another heading `（一）街镇消防安全委员会。由行政主要领导担任主任…` names what is set up."""
    duties = ("某街道独居老人消防安全工作方案\n一、工作目标\n提升独居老人消防安全水平。\n二、职责分工\n"
              "1.街道消委办。牵头开展独居老人消防安全关爱工作。消委办负责加强微型消防站建设。\n"
              "2.派出所。配合开展独居老人消防安全关爱工作。\n3.城运中心。推动纳入一网统管平台。\n")
    assert _document_roles(duties) == [
        ("1.", [("街道消委办", "lead")]), ("1.", [("消委办", "responsible")]),
        ("2.", [("派出所", "responsible")]), ("3.", [("城运中心", "responsible")])]
    source, cleaned = _cleaned(duties)
    units = parse("d", source.text, cleaned)
    first = extract(source.text, units, NONE, "某街道办事处")[0]
    assert first.quote.startswith("街道消委办。牵头开展") and first.quote.endswith("微型消防站建设。")
    setup = ("某区消防工作方案\n一、工作目标\n提升消防安全水平。\n二、建立完善消防工作机构\n"
             "（一）街镇消防安全委员会。由行政主要领导担任主任。\n（二）分级挂牌督办。按照两级模式挂牌整治。\n")
    assert _document_roles(setup) == []


@pytest.mark.parametrize("text, expected", [
    # title_endings: a title line names no subject, whatever verb follows its first name
    ("（一）附件。古美路街道加强独居老人消防安全工作实施方案", []),
    ("（一）附件。某区开展消防安全工作情况季度汇总表", []),
    # later_subject 请 (not 申请, 提请, 请示): 请A、B于…前上报 names its subjects
    ("（一）报送。请科技部、财政部于3月底前报送工作进展。", [[("科技部", "responsible"), ("财政部", "responsible")]]),
    ("（一）报送。企业可向区商务委提出申请。", []),
    # verbs_after_subject 上报; not_in_names 决定, 需, 每
    ("（一）上报。安监所、服务办、派出所上报季度汇总表。",
     [[("安监所", "responsible"), ("服务办", "responsible"), ("派出所", "responsible")]]),
    ("（一）调整。国务院决定对国家教材委员会组成人员进行调整。", [[("国务院", "responsible")]]),
    ("（一）报送。区建管委需每半年向区绿化市容局报送计划。", [[("区建管委", "responsible")]]),
    # an act already done (…报送了《请示》) is a fact reported, no duty
    ("（一）情况。2004年3月24日，湖北省人民政府报送了《关于解决地质险情有关问题的请示》。", []),
    # not_in_names 组成: 会同物业管理人员组成工作小组 names no body
    ("（一）巡查。各居委要会同物业管理人员组成工作小组，落实日常巡查。", [[("各居委", "lead")]]),
])
def test_titles_requests_and_acts_done(text, expected):
    assert _roles(text, issuer="某区人民政府") == expected


@pytest.mark.parametrize("text, expected", [
    # verbs_after_subject 须; collective 各村, 各居委
    ("（一）监管。镇城运中心、环卫公司须加强对中转分拣站的监督管理。",
     [[("镇城运中心", "responsible"), ("环卫公司", "responsible")]]),
    ("（一）各村：负责做好村辖区内建筑垃圾的源头管理。", [[("各村", "responsible")]]),
    # places before the kind of body each has, heading a line of duties: one name (not 财政、教育部门, sectors)
    ("（一）吴泾、塘湾派出所：负责运输车辆行驶路线的核定。", [[("吴泾、塘湾派出所", "responsible")]]),
    # a later clause opening with two bodies or more and their act; not a mere 与 (林业局与该部…), nor 该部
    ("（一）执法。落实各有关部门工作职责，规建办、动迁办、房管办等部门要建立联合执法机制。",
     [[("规建办", "responsible"), ("动迁办", "responsible"), ("房管办", "responsible")]]),
    ("（一）政策。据了解，林业局与该部也正在研究后续政策。", []),
    ("（一）企业。要发挥优势，联合中国第一重型机械集团公司、大连重工集团公司和大连船用柴油机厂等企业，组建联合体。", []),
])
def test_subjects_inside_a_sentence_and_lists_sharing_a_kind(text, expected):
    assert _roles(text, issuer="某镇人民政府") == expected


@pytest.mark.parametrize("text, expected", [
    # adverbs 具体, 积极 between a subject and its act (not 主要: 居委主要负责人 is a person)
    ("（一）管养。乡镇政府具体负责本行政区域内乡道的管理养护工作。", [[("乡镇政府", "responsible")]]),
    ("（一）试点。市市场监管局、市体育局积极指导试点区整合监管资源。",
     [[("市市场监管局", "responsible"), ("市体育局", "responsible")]]),
    ("（一）组织。居委主要负责人为本小区消防安全工作负责人。", []),
    # a short quoted word inside a name; 等部门 closing a labelled list is no part of the last name
    ("（一）创建。（牵头单位：市“两新”组织党工委，配合单位：市非公有制经济组织党工委、市监察局等部门）",
     [[("市“两新”组织党工委", "lead"), ("市非公有制经济组织党工委", "support"), ("市监察局", "support")]]),
])
def test_adverbs_quoted_words_and_closing_kinds(text, expected):
    assert _roles(text, issuer="某市人民政府办公厅") == expected


def test_a_notice_s_list_of_attachment_titles_is_searched_whole():
    """附件：1.…统计表 2.…宣传实例 only names what is attached: its items are no search units, the list is one;
    an attachment whose items say something keeps them."""
    def retrievable(text):
        source, cleaned = _cleaned(text)
        return {u.unit_id.split("#")[1]: u.retrievable for u in parse("d", source.text, cleaned)
                if u.kind in ("attachment", "item")}
    head = "某街道工作方案\n一、工作目标\n（一）提升水平。开展排查。\n（二）加强宣传。做好宣传。\n"
    assert retrievable(head + "附件：\n1.独居老人排摸统计表\n2.独居老人消防安全宣传实例\n") == {
        "附件": True, "1.": False, "2.": False}
    assert retrievable(head + "附件：\n1.排摸要求。各居委每月排摸一次，报街道汇总。\n2.宣传要求。每季度开展一次宣传。\n") == {
        "附件": False, "1.": True, "2.": True}


def test_a_body_asked_without_its_level_words_is_the_one_body_that_has_them(tmp_path):
    """level_words: 工商局 asked means the documents' 市工商局, 编办 their 区委编办 (not when two bodies fit)."""
    kb = _one_document_kb(tmp_path, "某市民主法治建设实施意见\n一、主要任务\n（一）建立长效机制。（牵头单位：市工商局，配合单位：区委编办）\n"
                                    "（二）拓宽救济渠道。（牵头单位：市司法局，配合单位：市工商局）\n" + FILLER)
    answer = kb.ask("工商局要做哪些事？")
    assert answer.answer.startswith("市工商局负责2项任务") and [c.label for c in answer.citations] == ["（一）", "（二）"]
    assert kb.ask("编办要做什么？").answer.startswith("区委编办负责1项任务")


def test_a_heading_that_is_a_body_answers_for_its_items_and_an_item_s_own_clause_comes_first(tmp_path):
    """（一）街镇消防安全委员会职责 / 1.… 2.部署并牵头开展…: the items are the heading body's duties (it leads the one
    saying 牵头); under 2.3 现场指挥部, （2）救援行动组。由区消防救援局牵头… names its own lead."""
    kb = _one_document_kb(tmp_path, "某区消防工作实施意见\n一、工作职责\n（一）街镇消防安全委员会职责\n"
                                    "1.组织领导本地区消防安全综合治理工作。\n2.部署并牵头开展区域消防安全综合治理、重点隐患排查整治。\n"
                                    "（二）现场指挥部\n1.救援行动组。由区消防救援局牵头，主要负责组织人员搜救、灾情控制。\n"
                                    "2.医疗救治组。由区卫生健康委牵头，主要负责现场医疗急救。\n" + FILLER)
    led = kb.ask("牵头开展重点隐患排查整治的是哪个机构？")
    assert led.bureaus == ["街镇消防安全委员会"] and led.lead == ["街镇消防安全委员会"]
    assert led.citations[0].quote.startswith("部署并牵头开展")
    own = kb.ask("现场指挥部的救援行动组由哪个单位牵头？")
    assert own.bureaus == ["区消防救援局"] and own.lead == ["区消防救援局"]



def test_an_articles_items_headed_by_a_body_are_its_duties(tmp_path):
    """第二条 … （二）市财政部门职责 / 1.… 2.负责…: in a rule's article, an item whose heading is a body (or a body and
    its 开展以下工作：) answers for its numbered duties, as a unit's heading does; its 会同 partner is no subject."""
    kb = _one_document_kb(tmp_path, "某市扶持资金管理办法\n第一条　为规范扶持资金管理，制定本办法。\n"
                                    "第二条　市、区有关部门分别履行以下职责：\n（一）市商务部门职责\n1.牵头制定资金管理办法；\n"
                                    "2.组织资金申报工作。\n（二）市财政部门职责\n1.会同市商务部门做好资金收回工作；\n"
                                    "2.负责建设维护资金申报平台。\n第三条　申报按以下程序进行：\n（一）申报单位在线提交材料。\n"
                                    "（二）各区商务部门开展以下工作：\n1.审核申报材料；\n2.组织现场核查并形成核查意见。\n"
                                    "（三）市商务部门复核后公示。\n第四条　本办法自发布之日起施行。\n")
    built = kb.ask("资金申报平台由哪个部门负责建设维护？")
    assert built.bureaus == ["市财政部门"] and built.citations[0].quote.startswith("负责建设维护")
    assert kb.ask("现场核查由谁组织？").bureaus == ["各区商务部门"]
    assert kb.ask("资金收回工作由谁牵头？").lead == ["市财政部门"]


def test_a_department_named_by_its_field_in_short_is_the_documents_department(tmp_path):
    """人社部门 for the 人力资源社会保障部门 a document names (bodies ending in 部门 have a stem too), and 要干些什么
    asks for its tasks."""
    kb = _one_document_kb(tmp_path, "某市劳务输出工作方案\n一、工作职责\n（一）人力资源社会保障部门。负责组织劳务输出培训。\n"
                                    "（二）财政部门。负责落实培训补助经费。\n（三）教育部门。负责编印培训教材。\n" + FILLER)
    answer = kb.ask("人社部门在劳务输出这件事上要干些什么？")
    assert answer.intent == "bureau_tasks" and answer.answer.startswith("人力资源社会保障部门负责1项任务")
    assert [c.label for c in answer.citations] == ["（一）"]


def test_a_flat_tables_rows_end_before_the_next_number_and_answer_for_their_own_task(tmp_path):
    """A table read one cell a line (序号 / 产品名称 / 责任单位 / 备注): a row's cell of bodies ends before the next row's
    number, and the first row answers for its task alone, not for the table's title and header (which every row
    shares): the row whose task the question names answers."""
    kb = _one_document_kb(tmp_path, "某县人民政府办公室关于落实贷款贴息政策的通知\n一、部门职责\n（一）县财政局负责筹措贴息资金。\n"
                                    "（二）行业主管部门按照分工表筛选入库企业。\n附件1\n入库企业筛选、推送责任分工表\n序号\n产品名称\n"
                                    "责任单位\n备注\n1\n三企贷\n县招商局、县工信局\n2\n技改贷\n县工信局\n3\n科创贷\n县科技服务中心\n"
                                    "4\n通道贷\n县发改局、县交通局\n")
    rows = [r for r in kb.data.responsibilities if r.source == "table"]
    assert [r.quote for r in rows] == ["县招商局、县工信局", "县工信局", "县科技服务中心", "县发改局、县交通局"]
    answer = kb.ask("科创贷的入库企业由哪个单位筛选推送？")
    assert answer.bureaus == ["县科技服务中心"]


def test_a_figure_set_for_a_case_is_chosen_by_its_case(tmp_path):
    """首次申请的，比例不低于30%，第二次申请的，比例不低于40%: the case clause (…的，) before a figure says which
    figure a question on that case wants, and is quoted with it; 第二次 is an ordinal, no figure."""
    kb = _one_document_kb(tmp_path, "某市关于调整公积金贷款政策的通知\n一、调整贷款政策\n首次申请住房公积金贷款的，首付款比例不低于30%，"
                                    "第二次申请住房公积金贷款的，首付款比例不低于40%；贷款利率按同期利率的1.1倍执行。\n" + FILLER)
    answer = kb.ask("第二次申请住房公积金贷款的，首付款比例不低于多少？")
    assert answer.answer.startswith("第二次申请住房公积金贷款的，首付款比例不低于40%")

MARKDOWN_TABLE = ("某某三年行动计划\n一、总体目标\n（一）建设目标。到2025年建成智慧工地100个。\n（二）人才目标。培养专业人才。\n"
                  "附件\n\n重点任务分工表\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
                  "| 1 | 推进智慧工地建设，建成智慧工地100个 | 市住房城乡建设管理委 | 市经济信息化委、市发展改革委 | 2025年底 |\n"
                  "| 2 | 加强建筑业人才培养 | 市人力资源社会保障局 | 市住房城乡建设管理委、各区政府 | 持续推进 |\n")


def test_a_markdown_task_table_s_rows_are_units_with_their_bodies(tmp_path):
    """| 1 | 任务 | 牵头单位 | …: a Markdown row is a row as an HTML or .docx table's is (its rule | --- | is none), headed
    by its task; its 牵头单位 and 配合单位 cells name its bodies."""
    source, cleaned = _cleaned(MARKDOWN_TABLE)
    rows = [(u.label, u.heading) for u in parse("d", source.text, cleaned) if u.kind == "row"]
    assert rows == [("第1行", "重点任务"), ("第2行", "推进智慧工地建设"), ("第3行", "加强建筑业人才培养")]
    kb = _one_document_kb(tmp_path, MARKDOWN_TABLE)
    answer = kb.ask("智慧工地建设由哪个部门牵头？")
    assert answer.lead == ["市住房城乡建设管理委"] and answer.citations[0].label == "第2行"
    assert kb.ask("市人力资源社会保障局要做哪些事？").answer.startswith("市人力资源社会保障局负责1项任务")


def test_a_value_asked_of_a_table_row_quotes_the_whole_row(tmp_path):
    """A row's cells (task, bodies, deadline) are read together: asked when, the row is quoted whole, deadline
    included, not the task cell cut at its comma."""
    kb = _one_document_kb(tmp_path, MARKDOWN_TABLE)
    quote = kb.ask("推进智慧工地建设什么时候完成？").citations[0].quote
    assert quote.startswith("| 1 | 推进智慧工地建设，") and "2025年底" in quote


def test_of_the_clauses_answering_for_a_quoted_sentence_the_closest_in_words_names_who(tmp_path):
    """One sentence, two responsibilities (a bracket clause, then a subject after it): asked who 组织制定职业标准,
    the subject that does it answers, not the bracket that covers the sentence's start."""
    kb = _one_document_kb(tmp_path, "关于职业教育改革的实施方案\n一、主要任务\n（一）启动证书试点。国务院人力资源社会保障行政部门、教育行政部门"
                                    "分别负责管理证书的实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门"
                                    "组织制定职业标准，国务院教育行政部门依照职业标准组织开发教学标准。\n（二）开展培训。面向社会开展职业培训。\n"
                                    + FILLER)
    assert kb.ask("职业标准由谁组织制定？").bureaus == ["国务院人力资源社会保障行政部门"]


def test_a_count_asked_with_its_noun_finds_the_sentence_giving_it(tmp_path):
    """answer_types.json counted: 几个省 is answered by 10个省（区、市）, looked for deeper than the hits kept (the
    count is rarely where the topic's words are most repeated); 几个城市 finds no 个省."""
    from indexer.answers.answertypes import counted
    assert counted("试点选了几个省？").search("确定10个省（区、市）") and not counted("试点选了几个城市？").search("10个省")
    assert counted("谁负责试点？") is None
    assert counted("每班至少要几个人值班？").search("每班不少于2人") and not counted("几个人？").search("2名")
    assert not counted("要建立几个质量服务平台？").search("建立统一质量服务平台")
    assert counted("死亡多少人以上算重大事故？").search("造成3人以上死亡") and counted("东丽区有多少人口？") is None
    assert not counted("要几个人？").search("个人信息") and not counted("要几个人？").search("每一人")
    assert counted("每学期至少要上几个课时？").search("每学期不少于4课时")
    topics = ["建设集约化平台", "统一安全防护", "统一运维监管", "推进数据融通", "推进服务融通", "推进应用融通", "加强组织保障"]
    units = "".join(f"（{n}）{t}。政府网站集约化试点地区要{t}，推进政府网站集约化试点工作。\n"
                    for n, t in zip("一二三四五六七", topics))
    kb = _one_document_kb(tmp_path, "政府网站集约化试点工作方案\n一、试点任务\n" + units +
                          "二、试点范围\n确定北京、吉林等10个省（区、市）作为试点地区。\n")
    answer = kb.ask("政府网站集约化试点选了几个省？")
    assert answer.found and "10个省" in answer.citations[0].quote


def test_a_count_in_chinese_numerals_with_its_measure_is_a_figure(tmp_path):
    """最多不超过六批 / 五个类别: a count with its measure word (批, 类, 种, 级) in Chinese numerals is a figure (answer_words
    FIGURE, NUMERAL; 一种 is not), and 几批 / 几类 ask for one (question_words FACT, answer_types 数量)."""
    kb = _one_document_kb(tmp_path, "关于支持试验区改革创新的若干措施\n一、措施\n（一）支持开展艺术品进出口经营活动，凭省级文化部门核发的"
                                    "准予进出口批准文件办理海关验放手续；省级文化部门核发的批准文件在有效期内可一证多批使用，但最多不超过六批。\n"
                                    "（二）提供一种便利服务。\n" + FILLER)
    answer = kb.ask("省级文化部门核发的批准文件一证多批最多不超过几批？")
    assert answer.intent == "fact" and "六批" in answer.answer


def test_a_length_in_chinese_numerals_is_a_figure(tmp_path):
    """出现超过“二十厘米”的积水: a length, an area or a weight in Chinese numerals (厘米, 公里, 公顷, 吨) is a figure
    (answer_words FIGURE, NUMERAL), quoted rather than a sentence's other words."""
    kb = _one_document_kb(tmp_path, "关于加强下立交防汛管理的通知\n一、要求\n（一）应急处置。下立交出现超过“二十厘米”的积水时，管理单位"
                                    "应采取措施限制交通。\n（二）加强巡查。落实值守。\n" + FILLER)
    answer = kb.ask("下立交积水超过多少要限制交通？")
    assert answer.found and "二十厘米" in answer.answer and "未给出具体数字" not in answer.answer


def test_of_parallel_figures_the_one_whose_neighbouring_words_are_asked_is_quoted(tmp_path):
    """…不得低于乡道每年每公里5000元，村道每年每公里3000元: asked about 村道, the words around each number decide."""
    kb = _one_document_kb(tmp_path, "农村公路管理养护实施方案\n一、资金保障\n（一）加大投入。镇级配套资金用于乡道、村道日常养护经费总额要求"
                                    "不得低于乡道每年每公里5000元，村道每年每公里3000元。\n（二）加强监管。专款专用。\n" + FILLER)
    assert kb.ask("镇级配套资金用于村道日常养护，每年每公里不得低于多少？").citations[0].quote == "村道每年每公里3000元"
    assert "5000元" in kb.ask("乡道日常养护每年每公里不得低于多少？").citations[0].quote


def test_a_count_of_people_is_quoted_from_its_clause_not_the_first_number(tmp_path):
    """几个人: the clause giving the count (每班不少于2人), where the measure word 个 goes unwritten, is quoted rather
    than the sentence's first number (实行24小时值班制度)."""
    kb = _one_document_kb(tmp_path, "某区消防安全责任制实施细则\n第一条 为落实消防安全责任制，制定本细则。\n第二条 机关、团体、"
                                    "企业、事业等单位应当履行下列消防安全职责：设有消防控制室的，实行24小时值班制度，每班不少于2人，并持证"
                                    "上岗。\n第三条 本细则自发布之日起施行。\n")
    answer = kb.ask("单位设了消防控制室的话，每班至少要几个人值班？")
    assert "每班不少于2人" in answer.citations[0].quote and "24小时" not in answer.citations[0].quote


def test_a_quoted_phrase_of_the_title_names_the_document_not_a_unit(tmp_path):
    """“清水行动”工作专班由哪个部门牵头: the phrase is the document's title, so it lifts all its units alike; the unit
    on the 专班 answers, not the opening that repeats the title."""
    kb = _one_document_kb(tmp_path, "关于印发《建筑垃圾运输行业“清水行动”工作方案》的通知\n各街镇：\n我局牵头制定了《“清水行动”工作方案》，"
                                    "现印发给你们。\n“清水行动”工作方案\n一、工作目标\n（一）总体目标。“清水行动”期间道路扬尘明显减少。\n"
                                    "二、组织领导\n（一）成立专班。成立工作专班，由区绿化市容局牵头，区建管委、区交通委为成员单位。\n"
                                    + FILLER)
    answer = kb.ask("“清水行动”工作专班由哪个部门牵头，成员单位有哪些？")
    assert answer.lead == ["区绿化市容局"] and "工作专班" in answer.citations[0].quote


FLAT_TABLE = ("关于印发某某工作三年行动计划的通知\n一、主要任务\n（一）提升设施品质。\n二、保障措施\n加强组织领导。\n"
              "附件\n某某工作任务清单\n任务\n分类\n重点任务\n2024年工作项目\n牵头\n部门\n配合\n部门\n实施\n主体\n"
              "（一）\n提升设施品质\n（1）建设精品道路300条。\n建设精品道路100条。\n设施养护处\n各相关部门和单位\n各行业主管部门、各区\n"
              "（2）完成慢行交通项目300项。\n完成项目110个。\n设施运行处\n设施养护处\n各相关部门和单位\n各区\n"
              "（3）建设慢行交通精品区域50个。\n建设精品区17个。\n"          # merged with the row above: no cells of its own
              "（4）推进内环高架工程。\n完成三期工程。\n设施养护处\n市交通委（计划财务处）\n市道运中心\n")


def test_a_task_table_read_one_cell_per_line_names_each_row_s_bodies_by_column():
    """A task table that reached the text one cell per line (a web page or a PDF saved as text), its header labels
    broken over two lines (牵头 / 部门): each run of lines naming only bodies is a row's cells, matched to the
    columns of bodies in order; a generic cell (各相关部门和单位) keeps its column; a second name on a line of its
    own under 牵头部门 leads too; a row merged with the one above names nothing of its own."""
    source, cleaned = _cleaned(FLAT_TABLE)
    units = parse("d", source.text, cleaned)
    rows = {r.unit_id.split("#")[1]: [(b.name, b.role) for b in r.bodies]
            for r in extract(source.text, units, NONE, "某某市交通委员会") if r.source == "table"}
    assert rows == {"（1）": [("设施养护处", "lead"), ("各区", "listed")],
                    "（2）": [("设施运行处", "lead"), ("设施养护处", "lead"), ("各区", "listed")],
                    "（4）": [("设施养护处", "lead"), ("市交通委（计划财务处）", "support"), ("市道运中心", "listed")]}


def test_a_flat_task_table_with_a_deadline_column_and_no_numbered_tasks():
    """序号 / 任务 / 责任单位 / 配合单位 / 完成时限 one per line: the deadline after the bodies ends their run; a row with
    one body for two columns lists it without a role (which cell was merged is unknown)."""
    text = ("附件\n序号\n工作任务\n责任单位\n配合单位\n完成时限\n1\n制定实施细则，明确工作流程。\n区市场监管局\n区司法局、区财政局\n"
            "2025年6月底前\n2\n开展专项检查。\n区卫生健康委\n2025年12月底前\n")
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    rows = [[(b.name, b.role) for b in r.bodies] for r in extract(source.text, units, NONE, "某某区人民政府办公室")
            if r.source == "table"]
    assert rows == [[("区市场监管局", "listed"), ("区司法局", "support"), ("区财政局", "support")],
                    [("区卫生健康委", "listed")]]


@pytest.mark.parametrize("text", [
    # a signature and a list of bodies on lines of their own, no header of role columns: no table
    "一、工作要求\n各单位按分工落实。\n区市场监管局\n区财政局\n2025年1月5日\n",
    # one role label alone is no header (a labelled list is read as one)
    "一、工作要求\n开展检查。\n牵头单位\n区市场监管局\n",
    # cells naming bodies are a row's, not a header's labels
    "附件\n各相关部门和单位\n各行业主管部门、各区\n区市场监管局\n区财政局\n",
])
def test_lines_of_bodies_without_a_table_header_are_no_table(text):
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    assert [r for r in extract(source.text, units, NONE, "某某区人民政府办公室") if r.source == "table"] == []


LOCAL_REGULATION = ("某某区消防安全责任制实施细则\n第一条 为了落实消防安全责任制，制定本细则。\n"
                    "第二条 区政府工作部门按照职责分工依法履行消防工作职责。\n"
                    "（一）区人力资源和社会保障局会同区消防救援支队开展消防职业技能培训机构的审批和管理。\n"
                    "（二）区民政局负责养老机构等民政服务机构的行业消防安全。推动社会福利机构消防安全标准化管理建设。\n"
                    "（三）区市场监督管理局负责依法对消防产品质量实施监督管理。配合有关部门查处无证无照经营活动。"
                    "整治电动自行车违规改装问题。\n"
                    "第三条 本细则自发布之日起施行。\n")


def test_a_regulation_s_item_reads_the_partners_of_hui_tong_and_carries_its_subject_to_later_sentences(tmp_path):
    """第X条 with items each opening with a bureau: A会同B names B as partner; a later sentence of the item without a
    subject (整治电动自行车违规改装问题) is its opening bureau's, not another item's."""
    kb = _one_document_kb(tmp_path, LOCAL_REGULATION)
    training = kb.ask("消防职业技能培训机构的审批由谁负责？")
    assert training.bureaus == ["区人力资源和社会保障局", "区消防救援支队"] and training.lead == ["区人力资源和社会保障局"]
    assert kb.ask("电动自行车违规改装归哪个部门管？").bureaus == ["区市场监督管理局"]


@pytest.mark.parametrize("text, expected", [
    # the setting a sentence opens with comes before its subject (sentence_setting: 结合…实际，)
    ("（一）开展试点。结合本区实际，区管委会会同区财政局每年选取4个试点镇。",
     [[("区管委会", "lead"), ("区财政局", "support")]]),
    # A协同B: together, no lead (as A联合B)
    ("（一）推进体检。新片区管委会协同区建管委统筹推进社区体检工作。",
     [[("新片区管委会", "responsible"), ("区建管委", "support")]]),
    ("（一）推进养老服务。区民政局协同推进养老服务。", [[("区民政局", "responsible")]]),
    # one body taking charge (会同/牵头/负责) in a later clause of a sentence without a subject
    ("（一）强化考核。将可再生能源发展指标纳入考核，区发展改革委会同有关单位督促推进任务建设。",
     [[("区发展改革委", "lead")]]),
    ("（一）强化考核。将指标纳入考核，区发展改革委要督促推进任务建设。", []),
    # 等 joins a list to its kind, it is inside no name; 其 (its) and 形成 open no name; 上级主管部门 is a kind
    ("（一）率先示范。区内党政机关等政府公共机构应率先建设光伏发电系统。", []),
    ("（一）压实责任。其上级主管部门负责指导、监督所在单位落实主体责任。", []),
    ("（一）完善格局。形成组织部门牵头抓总，职能部门各司其职的格局。", []),
    ("（一）盘活资产。支持各区在统筹协调的基础上，经行业主管部门和权属单位同意后设置服务设施。", []),
    ("（一）加强培训。定期分批对各街道消防办负责人开展消防业务培训。", []),
    ("（一）出台文件。10月底前，提请区政府制定出台文件。", []),
    # 部|门 is no end of a name (各行业主管部门 is a kind, 各行业主管部 no body); a later 会同 a kind still leads
    ("（一）加强统筹。区建设管理委负责指导推进建设工作，会同各行业主管部门制定年度计划。", [[("区建设管理委", "lead")]]),
    ("（一）落实责任。各行业主管部门在立项环节中对建设内容进行把关。", []),
    ("（一）开展排查。各行业主管部门组织所辖高层建筑使用管理单位完成火灾隐患自查。", []),
    # 明确/确定/核定 are acts after a subject (由A、B另行明确); A报B核定: 报 starts A's act, it is inside no name
    ("（一）完善机制。原则上调整周期不超过三年，具体标准由区交通委、区财政局另行明确。",
     [[("区交通委", "responsible"), ("区财政局", "responsible")]]),
    ("（一）挂牌督办。重大火灾隐患由街镇（园区）报区消防安全委员会核定后，报请区政府挂牌督办。", []),
])
def test_a_sentence_s_subject_after_its_setting_and_with_its_partners(text, expected):
    assert _roles(text, NONE, "某某区人民政府") == expected


def test_a_flat_task_table_s_wrapped_cells_and_wrapped_task_headings():
    """区委编办、 / 各街道: one cell wrapped after its comma; 5.实化运行消防 / 安全委员会: a task's heading wrapped, not
    a cell of bodies; 相关委、办、局: the kinds of a generic word name no body."""
    text = ("附件\n重点任务\n具体内容\n牵头单位\n配合单位\n一、推进组织建设\n4.出台文件规章\n提请区政府制定出台文件。\n"
            "区消防救援支队\n各街道、\n相关委、办、局\n5.实化运行消防\n安全委员会\n年底前，各街道成立消防安全委员会。\n"
            "区委编办、\n各街道\n区消防救援支队\n")
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    rows = [[(b.name, b.role) for b in r.bodies] for r in extract(source.text, units, NONE, "某某区人民政府办公室")
            if r.source == "table"]
    assert rows == [[("区消防救援支队", "lead"), ("各街道", "support")],
                    [("区委编办", "lead"), ("各街道", "lead"), ("区消防救援支队", "support")]]


def test_a_task_table_row_names_who_does_its_task_whatever_the_task_s_sentence_says(tmp_path):
    """A row's task saying 各街道成立… under 牵头单位 区委编办: asked who leads it, the row's columns answer, not the
    sentence's own subject."""
    text = ("某某工作实施方案\n一、工作目标\n（一）总体目标。建立基层消防治理体系。\n（二）工作要求。加强督促检查。\n附件\n任务清单\n"
            "重点任务\n具体内容\n牵头单位\n配合单位\n1.实化运行消防安全委员会\n年底前，各街道成立由街道主要领导为主任的消防安全委员会。\n"
            "区委编办\n区消防救援支队\n2.健全督导考核机制\n定期组织督导检查。\n区考核办\n各街道\n" + FILLER)
    answer = _one_document_kb(tmp_path, text).ask("各街道成立消防安全委员会由谁牵头？")
    assert answer.lead == ["区委编办"] and answer.bureaus == ["区委编办", "区消防救援支队"]


@pytest.mark.parametrize("header", ["序号\n工作任务\n责任单位\n", "工作任务\n具体措施\n责任单位\n"])
def test_a_flat_task_table_with_one_column_of_bodies(header):
    """序号 / 工作任务 / 责任单位 one per line: one column of bodies is a table when two header cells of no body come
    before it (a lone 责任单位 line is none: test_lines_of_bodies_without_a_table_header_are_no_table)."""
    text = ("附件\n" + header + "1\n制定实施细则。\n区市场监管局、区司法局\n2\n开展专项检查。\n区卫生健康委\n")
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    rows = [[(b.name, b.role) for b in r.bodies] for r in extract(source.text, units, NONE, "某某区人民政府办公室")
            if r.source == "table"]
    assert rows == [[("区市场监管局", "listed"), ("区司法局", "listed")], [("区卫生健康委", "listed")]]


@pytest.mark.parametrize("text, expected", [
    ("（一）健全机制。由区应急局会同区消防救援支队牵头，各街道配合，开展联合检查。",
     [[("区应急局", "lead"), ("区消防救援支队", "support"), ("各街道", "support")]]),
    ("（一）健全机制。由区应急局牵头，会同区消防救援支队、区公安分局开展联合检查。",
     [[("区应急局", "lead"), ("区消防救援支队", "support"), ("区公安分局", "support")]]),
])
def test_the_partners_named_after_a_lead_s_act(text, expected):
    assert _roles(text, NONE, "某某区人民政府") == expected


def test_an_annotated_cell_over_several_lines_is_located_where_it_is_written():
    """The same names in a clause of the text and in a table's cell read one per line: a quote with its line breaks
    is the cell, not the clause."""
    text = "（一）加强管理。（责任单位：区建设管理委、区水务局）\n附件\n序号\n任务\n责任单位\n1\n建设项目。\n区建设管理委、\n区水务局\n"
    gold = [{"quote": "（责任单位：区建设管理委、区水务局）"}, {"quote": "区建设管理委、\n区水务局"}]
    first, second = de.locate(gold, text)
    assert text[first[0]:first[1]].startswith("（责任单位") and text[second[0]:second[1]] == "区建设管理委、\n区水务局"


def test_an_attachment_titled_on_its_line_and_opening_with_its_table_is_a_unit_of_its_own():
    """附件：重点任务分解表 followed by its table (序号 / 任务类型 …) starts the attachment, as 附件 on a line does; the
    same line followed by text stays in the section before it (a notice's list of its attachments)."""
    table = "（三）加强宣传。开展宣传活动。\n附件：某某重点任务分解表\n序号\n任务类型\n责任单位\n1\n建设项目。\n区建设管理委\n"
    source, cleaned = _cleaned("某某实施方案\n一、主要任务\n" + table)
    kinds = {u.label: u.kind for u in parse("d", source.text, cleaned)}
    assert kinds.get("附件") == "attachment"
    listed = "（三）加强宣传。开展宣传活动。\n附件：某某重点任务分解表\n某某区人民政府办公室\n2024年1月5日\n"
    source, cleaned = _cleaned("某某实施方案\n一、主要任务\n" + listed)
    assert "附件" not in {u.label for u in parse("d", source.text, cleaned)}


def test_a_unit_stands_in_for_the_top_one_by_its_share_of_the_bm25_score_whatever_the_fusion():
    """Fused scores (z-scores) have no ratio: 0.2 against a top of 1.2 says nothing of how much of the question a
    unit holds; the BM25 scores of both do."""
    from types import SimpleNamespace

    from indexer.answers.answering import _lexically_close
    from indexer.types import Hit
    kb = SimpleNamespace(settings=SimpleNamespace(responsibility_ratio=0.5))
    top = Hit("d#印发通知", 1.17, {}, {"bm25": 3.5, "dense": 0.9})
    assert _lexically_close(kb, Hit("d#二、", 0.2, {}, {"bm25": 2.87, "dense": 0.8}), top)
    assert not _lexically_close(kb, Hit("d#三、", 0.9, {}, {"bm25": 1.2, "dense": 0.95}), top)
    assert _lexically_close(kb, Hit("d#四、", 2.0, {}, {}), Hit("d#一、", 3.0, {}, {}))     # BM25 alone


DISTRICT_RULE = ("某某区地下空间安全使用监督检查管理规定\n第一条（目的）\n为了加强地下空间安全使用管理，制定本规定。\n"
                 "第二条（职责分工）\n区国动办是本区地下空间安全使用管理的综合协调部门，负责牵头组织联合检查。\n"
                 "区消防救援局负责消防监督检查；区防汛指挥部负责指导防汛安全，区国动办和相关监督管理部门依法负责防汛安全监督检查；"
                 "区建管委依法负责停车库的安全监督检查。区公安分局、区应急局等部门依法在各自职责范围内负责安全使用的监督检查。\n"
                 "区房管局应指导街道督促物业管理单位配合开展检查。\n"
                 "第三条（监督检查职责）\n区公安分局、区应急局及其他监督管理部门承担以下监督检查职责：\n（一）检查安全出口。\n"
                 "第四条（社会参与）\n监督管理部门开展监督检查时，可以邀请市民代表参加。\n"
                 "第五条（产品质量）\n生产者应当对其生产的产品质量负责。县级以上地方人民政府市场监督管理部门负责本行政区域内的产品质量监督工作。\n"
                 "第六条（解释）\n本规定由区国动办负责解释。\n")


def test_a_district_rule_in_articles_names_its_bureaus_as_any_document_does():
    """第X条 of a district or city rule: bureaus are subjects as in a plan (区建管委依法负责…, 区房管局应指导…, A、B等部门
    依法在各自职责范围内负责…), several in one sentence each read (…，区国动办和相关监督管理部门依法负责…); the authorities of a
    law keep their reading; a kind (监督管理部门), 社会 of a heading and the others after a list (及其他…部门) are no body."""
    source, cleaned = _cleaned(DISTRICT_RULE)
    units = parse("d", source.text, cleaned)
    assert any(u.kind == "law_article" for u in units)
    found = [(r.unit_id.split("#")[1], [(b.name, b.role) for b in r.bodies])
             for r in extract(source.text, units, NONE, "某某区人民政府办公室")]
    assert found == [
        ("第二条", [("区国动办", "lead")]),
        ("第二条", [("区消防救援局", "responsible")]),
        ("第二条", [("区防汛指挥部", "responsible")]),
        ("第二条", [("区国动办", "responsible")]),
        ("第二条", [("区建管委", "responsible")]),
        ("第二条", [("区公安分局", "responsible"), ("区应急局", "responsible")]),
        ("第二条", [("区房管局", "responsible")]),
        ("第三条", [("区公安分局", "responsible"), ("区应急局", "responsible")]),
        ("第五条", [("县级以上地方人民政府市场监督管理部门", "responsible")]),
        ("第六条", [("区国动办", "responsible")]),
    ]


@pytest.mark.parametrize("text, expected", [
    # a later clause naming a subject of its own (会同/牵头/负责) is read apart: each piece its bodies
    ("（一）组织保障。区政府是推进本区城市体检工作的责任主体，区建设管理委会同区发展改革委、区财政局推进各项工作。",
     [[("区政府", "responsible")], [("区建设管理委", "lead"), ("区发展改革委", "support"), ("区财政局", "support")]]),
    ("（一）经费保障。管委会负责新片区体检费用，列入年度预算，其余各镇负责镇体检费用。",
     [[("管委会", "responsible")], [("其余各镇", "responsible")]]),
    # partners after a lead stay with it (，B、C配合); a piece naming no subject joins the next
    ("（一）成立专班。由区绿化市容局牵头，区建管委、区交通委配合，每月开展检查。",
     [[("区绿化市容局", "lead"), ("区建管委", "support"), ("区交通委", "support")]]),
    ("（一）认定名单。中央所属企业的认定，由中央宣传部会同财政部确定并发布名单。",
     [[("中央宣传部", "lead"), ("财政部", "support")]]),
])
def test_a_sentence_naming_several_subjects_is_read_piece_by_piece(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


def test_a_piece_naming_no_subject_keeps_its_words_with_the_next():
    text = "（一）认定名单。中央所属企业的认定，由中央宣传部会同财政部确定并发布名单。"
    (found,) = extract(text, [_unit(text)], NONE, "国务院办公厅")
    assert found.quote.startswith("中央所属企业的认定，由中央宣传部")


@pytest.mark.parametrize("name", [
    "社会", "区市场监管局及其他监督管理部门", "区国动办和相关监督管理部门", "原则上只转载党委", "协助市交通执法部门",
    "参加政府", "监督管理部门", "主管部门", "区房管局应指导街道", "乡镇政府应指导村民委员会", "部门", "机关",
    "国家鼓励消费者协会", "阻挠", "干预市场监督管理部门", "乡镇企业向当地县级人民政府计量行政部门",
    "被约谈单位包括区交通行政管理部门",       # not_in_names 包括: a member list, not a name
    "参照某区人民政府办公室",                 # not_name_heads 参照: an act before a name
    "巩固和发展国务院教育行政部门", "赋予社区居委会", "监督指导各街道办事处", "实现市区两级交通管理部门", "指定具体部门",
    "关于推进上海市轨道交通车站",
    "大型活动未按规定报公安部门", "各地可以指定部门",        # not_in_names 按规定, 可以
])
def test_words_that_are_no_body_name(name):
    """not_bodies 社会 (社会参与), not_in_names 其他/有关, not_name_heads 原则/协助/参加, generic kinds, and a body, an
    adverb and its act (应指导) joined to what it acts on."""
    assert not looks_like_body(name)


def test_kinds_of_body_in_a_labelled_list_are_no_body():
    """generic 各行业部门 and generic_endings 牵头单位: a kind in a labelled list is left out, the bodies beside it kept."""
    assert _roles("（一）甲事。（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）", issuer="某市人民政府办公厅") == [
        [("市委组织部", "lead"), ("各区、县级市", "support")]]
    assert _roles("（一）乙事。（责任单位：区消防救援局、各行业部门、各街镇）", issuer="某区人民政府办公室") == [
        [("区消防救援局", "listed"), ("各街镇", "listed")]]


def test_a_kind_defined_by_its_members_is_no_duty():
    """建设主管部门包括A、B defines a kind of body (not_in_names and NOT_A_SUBJECT 包括): no name holds 包括, and a
    name the document makes responsible elsewhere is no subject when 包括 follows it."""
    text = "某区管理办法\n一、职责\n（一）建设主管部门负责监督检查。\n（二）建设主管部门包括区建设管理委、区水务局。\n"
    source, cleaned = _cleaned(text)
    found = extract(text, parse("d", text, cleaned), NONE, "某区人民政府办公室")
    assert [[b.name for b in r.bodies] for r in found] == [["建设主管部门"]]


@pytest.mark.parametrize("text, expected", [
    # a name that goes on (its departments, its staff) is no subject; a name and 及其…部门 still is
    # the departments of the case are no subject; the body after the case (…的，本级人民政府可以…) is
    ("（一）监管。县级以上人民政府食品安全监督管理等部门未及时发现食品安全风险的，本级人民政府可以进行约谈。",
     [[("本级人民政府", "responsible")]]),
    ("（一）纪律。各级人民政府工作人员不得滥用职权。", []),
    ("（一）约谈。区应急局负责人参加约谈。", []),
    ("（一）处置。区政府及其授权的部门视情采取临时停课措施。", [[("区政府", "responsible")]]),
    # a name inside the modifier of a clause's noun (各街镇申请备案的场所，由…) is no subject; the later one is
    ("（一）消纳。各街镇申请备案的消纳场所，由属地街镇负责管理运营。", [[("属地街镇", "responsible")]]),
])
def test_a_name_that_goes_on_or_modifies_a_noun_is_no_subject(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


@pytest.mark.parametrize("text, expected", [
    # a collective opening a sentence is one subject (各街道、镇作为…); a town's body is an official name (镇规建办为…)
    ("（一）职责。各街道、镇作为本辖区装修垃圾处理的责任主体，负责日常监管。", [[("各街道、镇", "responsible")]]),
    ("（一）职责。镇规建办为限额以下工程项目管理的主管部门，负责推进各环节工作。", [[("镇规建办", "responsible")]]),
    # 室 closes a town's or a bureau's division (镇监察室); rooms (地下室) are none; 会签 is an act
    ("（一）职责。镇监察室负责对工程管理行为行使监督职能。", [[("镇监察室", "responsible")]]),
    ("（一）检查。普通地下室应当设置安全出口。", []),
    ("（一）会签。凡使用财政资金的项目由镇财政所会签。", [[("镇财政所", "responsible")]]),
    # a sentence passing a text on names who drafted it, no duty
    ("（一）转发。区绿化市容局制订的《装修垃圾处理工作方案》已经区政府同意，现转发给你们，请认真按照执行。", []),
    ("（一）印发。市交通委、市公安局联合制定《实施方案》，现予印发，请遵照执行。", []),
    # 由 bringing the clause's subject later (日常运作可由消防办承担), a full stop after a name, people of a body
    ("（一）运作。街道消防委日常运作可由消防办承担。", [[("消防办", "responsible")]]),
    ("（一）街道消防安全委员会。年底前，各街道设立消防安全委员会。", []),
    ("（一）分工。区政府、各街道、镇分管消防安全的负责人应当协助主要负责人开展工作。", []),
    # a body the text gives a role (是责任主体) answers wherever its clause stands; A为牵头单位 stays with its list
    ("（一）机制。建立三级联动机制，属地镇政府是责任主体，相关工作成果纳入年度考核。", [[("属地镇政府", "responsible")]]),
    ("（一）机制。联席会议由教育部、财政部组成，教育部为牵头单位。", [[("教育部", "lead"), ("财政部", "responsible")]]),
    # 依托 is a subject's act; 各成员部门 a kind
    ("（一）推进。管委会依托工作领导小组，由各成员部门协同配合，专题推进各项工作。", [[("管委会", "responsible")]]),
    # the bodies a lead leads may follow 牵头 at once (由A牵头B、C等部门协同核实); what it sets up (牵头成立…小组) is none
    ("（一）核实。由属地街镇牵头区绿化市容局、区规划资源局等部门协同核实。",
     [[("属地街镇", "lead"), ("区绿化市容局", "support"), ("区规划资源局", "support")]]),
    ("（一）专班。区规划资源局牵头成立区土方规划工作小组，负责消纳场所规划。", [[("区规划资源局", "lead")]]),
])
def test_collectives_towns_divisions_and_sentences_that_pass_a_text_on(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


def test_of_a_sentence_naming_several_subjects_the_one_whose_words_are_asked_answers(tmp_path):
    """区政府是…责任主体，…，区建设管理委会同A、B推进…: asked who 会同 whom, the second piece answers, not the first."""
    kb = _one_document_kb(tmp_path, "某区城市体检工作方案\n一、工作内容\n（一）开展体检。围绕生态宜居开展城市体检。\n"
                                    "二、组织保障\n区政府是推进本区城市体检工作的责任主体，区建设管理委会同区发展改革委、区财政局"
                                    "共同推进城市体检各项工作。\n" + FILLER)
    answer = kb.ask("城市体检工作由哪个部门会同哪些部门共同推进？")
    assert answer.bureaus == ["区建设管理委", "区发展改革委", "区财政局"] and answer.lead == ["区建设管理委"]
    assert kb.ask("谁是城市体检工作的责任主体？").bureaus == ["区政府"]


@pytest.mark.parametrize("text, expected", [
    # a 联席会议 is a body (its 以下简称 no part of its name); 联席会议制度 is none
    ("（一）机制。某区地下空间管理联席会议(以下简称“联席会议”)负责应急管理工作的统一指导。",
     [[("某区地下空间管理联席会议", "responsible")]]),
    ("（一）机制。建立部际联席会议制度，统筹推进相关工作。", []),
    # sectors and their act in a later clause of a sentence
    ("（一）处置。根据相关预案实施应急处置，公安、应急、消防等部门要强化相关工作。",
     [[("公安", "responsible"), ("应急", "responsible"), ("消防", "responsible")]]),
])
def test_joint_meetings_and_sectors_in_a_later_clause(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


def test_a_body_named_in_a_question_is_not_one_whose_word_goes_on():
    """联席会议|制度 in a question names no 联席会议; 管理处|在 still names the 管理处."""
    table = BodyTable()
    table.add("部际联席会议")
    table.add("认证监督管理处")
    assert table.find("建立部际联席会议制度的批复文号是什么") == []
    assert [n for n, _, _ in table.find("认证监督管理处在这次整治里要管哪些事")] == ["认证监督管理处"]


def test_tasks_asked_of_a_body_no_document_names_are_refused(tmp_path):
    kb = _one_document_kb(tmp_path, "某区工作方案\n一、工作任务\n（一）加强统筹。区发展改革委负责统筹推进。\n"
                                    "（二）落实资金。区财政局负责资金保障。\n" + FILLER)
    answer = kb.ask("区卫生健康委在区发展改革委牵头的工作里负责什么？")
    assert not answer.found and "区卫生健康委" in answer.answer
    assert kb.ask("区财政局要做哪些事？").answer.startswith("区财政局负责1项任务")


def test_a_part_heading_that_is_a_body_heads_its_duties():
    """附件 职责清单 / 一、区数据局 / 做好…: the part's heading is a body, answering for the part; a heading naming no
    body (四、建设多元办学格局, 一、适用范围及部门职责) answers for nothing."""
    text = ("某区管理平台职责清单\n一、区数据局\n做好平台的技术支撑，对接市级平台。\n二、区城运中心\n做好平台的运维。\n"
            "三、建设多元办学格局\n推动多元办学。\n四、适用范围及部门职责\n本方案适用于本区。\n")
    source, cleaned = _cleaned(text)
    units = parse("d", source.text, cleaned)
    found = [(r.unit_id.split("#")[1], [b.name for b in r.bodies], r.scope_end >= 0)
             for r in extract(source.text, units, NONE, "某某区人民政府办公室")]
    assert found == [("一、", ["区数据局"], True), ("二、", ["区城运中心"], True)]


def test_asked_who_leads_an_article_of_a_rule_that_names_a_lead_answers(tmp_path):
    """第X条 of a district rule: asked who leads (牵头), the article naming a lead answers even when another article,
    naming bodies without a lead, holds more of the question's words."""
    kb = _one_document_kb(tmp_path, "某区地下空间安全使用监督检查管理规定\n第一条（目的）\n为了加强管理，制定本规定。\n"
                                    "第二条（职责分工）\n区国动办负责牵头组织地下空间安全使用情况的联合检查，协调其他监督管理部门履行职责。\n"
                                    "第三条（联合检查）\n区消防救援局、区应急局、区建管委等部门依据各自职责对地下空间安全使用情况进行检查，"
                                    "必要时对地下空间安全使用情况组织开展联合检查。\n第四条（宣传）\n开展消防宣传进社区活动。\n"
                                    "第五条（保障）\n落实经费和人员保障。\n第六条（考核）\n将工作纳入年度考核。\n"
                                    "第七条（施行）\n本规定自发布之日起施行。\n")
    answer = kb.ask("地下空间安全使用情况的联合检查由哪个部门牵头组织？")
    assert answer.lead == ["区国动办"] and answer.citations[0].label == "第二条"


def _law_roles(text: str, issuer="某某镇人民政府"):
    """The responsibilities of a text read as one article of a rule (第X条), not of a plan."""
    unit = Unit("d#第一条", "d", "law_article", "第一条", "", ("第一条",), 0, len(text), text, None, True)
    return [[(b.name, b.role) for b in r.bodies] for r in extract(text, [unit], NONE, issuer)]


@pytest.mark.parametrize("text, expected", [
    # 由 + an official name + any act, after the topic of the sentence
    ("市级文物保护单位由市文物行政管理部门提出建议名录，报市人民政府核定公布。",
     [[("市文物行政管理部门", "responsible")]]),
    # a body and its act of passing on to another body: the first body, not both as one name
    ("遇有重要发现的，由镇文物行政管理部门及时报上级文物行政管理部门处理。", [[("镇文物行政管理部门", "responsible")]]),
    ("由市文物行政管理部门报国务院文物行政管理部门备案。", [[("市文物行政管理部门", "responsible")]]),
    # the subject, a clause of time, its act
    ("镇文物行政管理部门接到报告后，应当立即赶赴现场。", [[("镇文物行政管理部门", "responsible")]]),
    # a case (…的，) then the subject
    ("新建工程设有物联设施设备的，区国动办应当指导建设单位接入平台。", [[("区国动办", "responsible")]]),
    # 会同 later in the act, or after a phrase: the subject leads, a named partner supports, a kind does not
    ("镇文物行政管理部门应当根据实际需要，会同镇规划土地行政管理部门组织编制专项规划。",
     [[("镇文物行政管理部门", "lead"), ("镇规划土地行政管理部门", "support")]]),
    ("由镇文物行政管理部门根据保护要求会同建设单位共同商定保护措施。", [[("镇文物行政管理部门", "lead")]]),
    ("镇建设行政管理部门会同相关部门和镇人民政府确定改建范围。",
     [[("镇建设行政管理部门", "lead"), ("镇人民政府", "support")]]),
    # levels sharing one name: one authority
    ("市和区、县文物行政管理部门应当组织专家委员会论证。", [[("市和区、县文物行政管理部门", "responsible")]]),
])
def test_rule_articles_read_the_forms_of_rules(text, expected):
    assert _law_roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a short name the text gives bodies (以下简称“区域管理单位”) names a body of the document, whatever its form
    ("（一）职责。区国动办负责对街道办事处、镇人民政府（以下简称“区域管理单位”）开展指导。区域管理单位应当开展日常检查。",
     [[("区国动办", "responsible")], [("区域管理单位", "responsible")]]),
    # an office set up in a body names the body that runs it
    ("（一）机制。领导小组下设办公室，办公室设在市消防救援总队。", [[("市消防救援总队", "responsible")]]),
    # what was done (制定了《…》) is no duty
    ("（一）前言。市发展改革委、市经济信息化委会同有关部门制定了《零碳园区建设工作方案》。", []),
    # one official name bound by a modal after a clause opens a clause of its own; a short setting does not
    ("（一）督查。国家药监局负责资质认定，各省级药监部门要强化监督检查。",
     [[("国家药监局", "responsible")], [("各省级药监部门", "responsible")]]),
    ("（一）调查。高层建筑发生造成人员伤亡的较大火灾，区政府组织开展调查处理工作。", [[("区政府", "responsible")]]),
    # 布局 ends as 局 does, yet no name ends there; 对接 is an act, not the preposition 对
    ("（一）回收。依据有关要求，各街镇完成再生资源回收网络布局，落实管理人员明确管理责任，区商务委对接企业做好数据统计。",
     [[("各街镇", "responsible")], [("区商务委", "responsible")]]),
    # an ordinal opening a sentence inside a paragraph (一是…。二是…) comes before the subject
    ("（一）回收。一是区商务委要做好统计。二是区财政局、区发展改革委等部门制定补贴政策。",
     [[("区商务委", "responsible")], [("区财政局", "responsible"), ("区发展改革委", "responsible")]]),
    # a preamble's decision is no duty
    ("（一）前言。为深化综合治理，市市场监管局和市消防救援总队决定加强联动。", []),
    # a request addressed to a body (请A…) names who does it; 请示 is no request to anyone
    ("（三）宣传。请县融媒体中心通过电视报道等渠道加大宣传力度；县政务公开办开设专栏。",
     [[("县融媒体中心", "responsible")], [("县政务公开办", "responsible")]]),
    ("（三）成果。请财政部在相关项目经费使用管理规定中明确。", [[("财政部", "responsible")]]),
    ("（三）报告。请示区政府同意后实施。", []),
])
def test_sentences_name_bodies_as_documents_define_them(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


@pytest.mark.parametrize("name, head", [
    ("市文物行政管理部门报国务院文物行政管理部门", "市文物行政管理部门"),
    ("国务院办公厅通报国务院办公厅", "国务院办公厅"),
    ("市交通委加快布局", "市交通委"),
    ("区国动办分送有关部门", "区国动办"),
    ("区委组织部", None),
    ("镇人民政府文物行政管理部门", None),
    # a partner's act (应当协助, 须配合) after a body: the body, not one name running into the next body
    ("镇人民政府应当协助市住房和城乡建设行政部门", "镇人民政府"),
    ("市公安局须配合市住房和城乡建设局", "市公安局"),
])
def test_a_body_followed_by_its_act_is_no_longer_name(name, head):
    from indexer.structure.bodynames import body_before_act
    assert body_before_act(name) == head


@pytest.mark.parametrize("text, expected", [
    # 应当 is no part of a name: 供电单位应当协助市住房和城乡建设局 is no body, 市公安局 before 和 is
    ("（一）管理。市公安局和供电单位应当协助市住房和城乡建设局对物业管理活动进行管理。", [[("市公安局", "responsible")]]),
    ("（一）管理。区管理委员会、镇人民政府和市公安局应当协助市住房和城乡建设行政部门对物业管理活动进行管理。",
     [[("区管理委员会", "responsible"), ("镇人民政府", "responsible"), ("市公安局", "responsible")]]),
    # 须 between a subject and its act, as 应 is
    ("（一）管理。市公安局须协助市住房和城乡建设局做好物业小区的治安管理。", [[("市公安局", "responsible")]]),
])
def test_partners_acts_and_modal_words_after_a_subject(text, expected):
    """responsibility.json acts_after_a_body (协助, 配合), not_in_names (应当), adverbs (须, 必须)."""
    assert _roles(text, issuer="某市人民政府") == expected


@pytest.mark.parametrize("text, expected", [
    # alternatives (A或B, A或者B) are both bodies, in a sentence and in a rule's article
    ("（一）检查。由区应急局或区消防救援支队组织检查。", [[("区应急局", "responsible"), ("区消防救援支队", "responsible")]]),
    ("（一）检查。区应急局或者区消防救援支队应当组织检查。", [[("区应急局", "responsible"), ("区消防救援支队", "responsible")]]),
    ("第三条 区(镇)物业管理联席会议由区管理委员会或镇人民政府负责组织召集。",
     [[("区管理委员会", "responsible"), ("镇人民政府", "responsible")]]),
    # an alternative that is a kind of body (或其他部门) is none
    ("（一）检查。区应急局或其他部门组织检查。", []),
    # 由A或B作出的决议: what bodies did, named as a thing (a modifier before 的), no duty of theirs
    ("（一）协商。由党委或党委、政府联合作出的本行政区域内重要决议，应当经过政治协商。", []),
    ("（一）调查。由区应急局牵头的联合检查组，每季度开展一次检查。", []),
    # a setting before the act (由A根据…的要求会同B…) is no modifier
    ("第二十四条 发现文物的，由镇文物行政管理部门根据文物保护的要求会同建设单位共同商定保护措施。",
     [[("镇文物行政管理部门", "lead")]]),
])
def test_alternative_bodies_are_each_a_body(text, expected):
    assert _roles(text, issuer="某市人民政府办公室") == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies a later clause joins to the subject's act (，与B、C等相关部门形成工作合力): all of them, no lead
    ("（二）机制。区发展改革委统筹推进全区光伏建设工作，与区规划资源局、区建管委等相关部门形成工作合力。",
     [[("区发展改革委", "responsible"), ("区规划资源局", "responsible"), ("区建管委", "responsible")]]),
    # 与 before no body, or before what is no joint act, adds none
    ("（二）机制。区发展改革委统筹推进全区光伏建设工作，与城市体检工作做好衔接。", [[("区发展改革委", "responsible")]]),
    ("（二）机制。区发展改革委统筹推进光伏建设，与区建管委的意见一致。", [[("区发展改革委", "responsible")]]),
])
def test_bodies_joined_to_the_subject_s_act(text, expected):
    """subjects.LATER_TOGETHER: ，与A、B等部门形成合力 / 加强 / 共同 … after the subject's own act."""
    assert _roles(text, issuer="某区人民政府") == expected


@pytest.mark.parametrize("text, expected", [
    # the body entrusted or authorised (委托, 授权) does the act, whether the sentence names who entrusts it or not
    ("（十）调查。发生非生产经营单位火灾事故的，一般委托区消防救援支队组织事故调查组进行调查。", [[("区消防救援支队", "responsible")]]),
    ("（1）目录。对于属于市级政府权限的，由市政府授权市工商质监局公布市级《目录》。", [[("市工商质监局", "responsible")]]),
    ("（1）目录。市政府委托市工商质监局公布多证合一证照目录。", [[("市工商质监局", "responsible")]]),
    # entrusting no body, or a body named as a modifier (委托…的下属机构), leaves the subject as it is
    ("（1）评审。区建管委委托专业机构通过检查等方式进行指导和监督。", [[("区建管委", "responsible")]]),
    ("（1）检查。市政府委托市工商质监局的下属机构开展检查。", [[("市政府", "responsible")]]),
    # 受 after a body: the body acts on another's behalf (区应急局受区政府委托，组织…)
    ("（1）调查。区应急局受区政府委托，组织事故调查。", [[("区应急局", "responsible")]]),
])
def test_the_body_entrusted_does_the_act(text, expected):
    """responsibility.json entrusting_acts and later_subject (委托, 授权), acts_after_a_body (受)."""
    assert _roles(text, issuer="某市人民政府") == expected


def test_a_body_the_document_names_by_a_short_name_has_its_tasks_asked(tmp_path):
    """（以下简称“区域管理单位”）: the short name is a body of the document, found in a question about its tasks."""
    kb = _one_document_kb(tmp_path, "某区人防工程管理规定\n第一条 区国动办负责人防工程管理，对街道办事处、镇人民政府（以下简称“区域管理单位”）"
                                    "开展指导。\n第二条 区域管理单位应当开展日常检查。\n第三条 区域管理单位应当建立信用档案。\n"
                                    "第四条 区国动办应当组织培训。\n第五条 本规定自发布之日起施行。\n")
    ans = kb.ask("区域管理单位要做哪些事？")
    assert ans.intent == "bureau_tasks"
    assert [c.unit_id.split("#")[1] for c in ans.citations] == ["第二条", "第三条"]


@pytest.mark.parametrize("text, expected", [
    # partners before their act with an adverb (等部门共同参与) support
    ("（一）机制。成立由市交通委牵头，市发展改革委、市水务局等部门共同参与的推进机制。",
     [[("市交通委", "lead"), ("市发展改革委", "support"), ("市水务局", "support")]]),
    # 报至 / 交至 inside a piece of text: no name
    ("（一）申报。户管单位为居委的，由建设单位直接报至规建办审核。", []),
])
def test_partners_with_adverbs_and_handing_on_are_read(text, expected):
    assert _roles(text, issuer="某某区人民政府办公室") == expected


def test_a_name_is_given_as_the_document_writes_it():
    """Names are read on folded text; the answer gives them as written (half-width brackets kept), the canonical
    name folded."""
    text = "（一）职责。区经委(商务委)负责推进招商工作。"
    [r] = extract(text, [_unit(text)], NONE, "某某区人民政府办公室")
    assert [(b.name, b.canonical) for b in r.bodies] == [("区经委(商务委)", "区经委（商务委）")]


def test_asked_who_leads_the_sentence_naming_a_lead_answers(tmp_path):
    """A unit naming a lead in one sentence and other bodies in another: asked who leads, the lead's sentence."""
    kb = _one_document_kb(tmp_path, "某区监管工作方案\n一、组织实施\n（一）统筹推进。区市场监管局要发挥牵头作用，加强统筹协调，会同各有关"
                                    "部门共同推进联合抽查工作。各街道要切实加强对本辖区联合抽查工作的组织领导，出台具体实施办法。\n"
                                    "（二）规范巡查。组织开展巡查。\n" + FILLER)
    ans = kb.ask("本辖区联合抽查工作的组织领导、出台实施办法，是哪个部门牵头？")
    assert ans.lead == ["区市场监管局"] and ans.bureaus == ["区市场监管局"]


def test_the_government_of_the_first_authority_is_the_later_ones_too():
    """国务院教育行政部门、人力资源社会保障行政部门和其他有关部门在职责范围内，分别负责…: both national; the second's
    canonical name says so, its name stays as written."""
    text = ("（一）职责。国务院教育行政部门负责统筹规划，国务院教育行政部门、人力资源社会保障行政部门和其他有关部门在职责范围内，"
            "分别负责有关的职业教育工作。")
    found = extract(text, [_unit(text)], NONE, "国务院")
    assert [[(b.name, b.canonical) for b in r.bodies] for r in found] == [
        [("国务院教育行政部门", "国务院教育行政部门")],
        [("国务院教育行政部门", "国务院教育行政部门"), ("人力资源社会保障行政部门", "国务院人力资源社会保障行政部门")]]


def test_the_clause_with_a_number_of_the_kind_asked_is_quoted():
    """Asked when (什么时候前完成), of two clauses with a number the one with a deadline is quoted, not the one
    sharing the question's words (按照以下三个阶段)."""
    from indexer.answers import answertypes
    from indexer.answers.quoting import figure_clause
    from indexer.index.tokenize import Tokenizer
    text = "按照以下三个阶段，于2025年5月底完成："
    question = "三个阶段要在什么时候前全部完成？"
    tokenizer = Tokenizer()
    weights = {w: 1.0 for w in tokenizer.tokens(question)}
    clause = figure_clause(text, 0, len(text), weights, tokenizer, True, answertypes.wanted_evidence(question, "fact"))
    assert text[clause[0]:clause[1]] == "于2025年5月底完成"


def test_a_task_without_a_heading_is_listed_by_its_text(tmp_path):
    """A body's tasks are listed by their titles; an item with none of its own ((7) alone) by the start of what
    the body is quoted for, not its bare label."""
    kb = _one_document_kb(tmp_path, "某区应急预案\n一、职责\n（一）分工\n（7）建筑安全事故：区建设管理委（房屋建筑、交通建设和市政水务工程）"
                                    "、区住房保障房屋管理局（美丽家园、旧改拆除、加装电梯和房屋安全）牵头。\n"
                                    "（8）桥梁、隧道、港口、码头安全事故：区建设管理委对口联系市级部门，并根据区政府要求落实相关工作。\n"
                                    + FILLER)
    ans = kb.ask("区建设管理委要做哪些事？")
    assert ans.intent == "bureau_tasks" and "（7）建筑安全事故" in ans.answer and "（8）桥梁、隧道、港口" in ans.answer


TITLED = ("关于印发《某区安全隐患举报奖励实施办法（试行）》的通知\n各有关单位：\n"
          "为调动群众参与安全工作的积极性，制定《某区安全隐患举报奖励实施办法（试行）》。\n"
          "第一条 为鼓励举报安全隐患，制定本办法。\n第二条 举报人可以通过举报专线举报安全隐患。\n"
          "第三条 区应急局负责举报的受理和核查。\n第四条 举报奖励标准为每件二百元。\n"
          "第五条 本办法由区应急局、区消防救援支队共同负责解释。\n")


@pytest.mark.parametrize("question", ["《某区安全隐患举报奖励实施办法（试行）》由哪些部门负责解释？",
                                      "某区安全隐患举报奖励实施办法由哪些部门负责解释？"])
def test_a_title_named_in_the_question_chooses_the_document_not_the_article(tmp_path, question):
    """A question naming its document by title (with or without 《》 and the closing （试行）) is searched within it
    for the rest of the question: the title's words would find the preamble that quotes the title."""
    kb = _one_document_kb(tmp_path, TITLED)
    answer = kb.ask(question)
    assert answer.citations[0].label == "第五条"
    assert answer.bureaus == ["区应急局", "区消防救援支队"]


CITING = ("关于印发《某区公共安全工作实施方案》的通知\n某府办发〔2025〕7号\n各街镇、各有关部门：\n"
          "现将《某区公共安全工作实施方案》印发给你们，请认真贯彻执行。\n某区人民政府办公室\n2025年3月1日\n"
          "某区公共安全工作实施方案\n为全力保障公共安全，根据《某市人民政府办公厅关于加强公共安全工作的意见》（某府办规〔2024〕6号），"
          "结合本区实际，制定本方案。\n一、工作目标\n（一）完善机制。区应急局负责建立隐患排查机制。\n" + FILLER +
          "四、附则\n本方案自印发之日起施行。原《某区公共安全三年行动方案》（某应急〔2023〕415号）同时废止。\n")


@pytest.mark.parametrize("question, number", [
    ("这个方案是根据市政府办公厅哪个文件制定的（文号）？", "某府办规〔2024〕6号"),
    ("新方案出来后，哪个老文件作废了？它的文号是多少？", "某应急〔2023〕415号"),
    ("这个方案的文号是多少？", "某府办发〔2025〕7号"),
    ("这个方案贯彻落实的市政府办公厅文件文号是多少？", "某府办规〔2024〕6号"),
    # kind_asked: a kind of document (意见) neither the plan nor its notice is, and a text it cites is
    ("提出加强公共安全工作的市政府办公厅意见文号是什么？", "某府办规〔2024〕6号"),
    ("这份通知的文号是什么？", "某府办发〔2025〕7号"), ("公共安全工作实施方案的文号是多少？", "某府办发〔2025〕7号"),
    ("这份加强公共安全工作的意见文号是什么？", "某府办发〔2025〕7号")])     # this_document: 这份 points at itself
def test_the_number_of_a_text_the_document_cites(tmp_path, question, number):
    """document_questions.json cited_document: 根据哪个文件（文号）, 哪个老文件作废了 ask for a text the document cites
    (《…》（某府办规〔2024〕6号）), answered from the citing sentence sharing the question's event (作废 → 废止); the
    document's own 文号 is asked otherwise."""
    kb = _one_document_kb(tmp_path, CITING)
    answer = kb.ask(question)
    assert answer.found and number in answer.answer
    others = {"某府办规〔2024〕6号", "某应急〔2023〕415号", "某府办发〔2025〕7号"} - {number}
    assert not any(o in answer.answer for o in others)
    if number != "某府办发〔2025〕7号":
        assert number in answer.citations[0].quote


def test_a_document_named_by_its_title_without_brackets_is_asked_about(tmp_path):
    """关于印发国家粮食应急预案的函: 国家粮食应急预案是哪天印发的 names the text the 函 issues, without 《》, so it is a
    question about the document (its date), where a plan not held (…应急预案由哪个部门制定) stays a question of duty."""
    text = ("某市人民政府办公厅关于印发某市粮食应急预案的函\n各区人民政府：\n《某市粮食应急预案》已经市政府同意，现印发给你们，"
            "请认真实施。\n某市人民政府办公厅\n二〇〇五年六月十一日\n某市粮食应急预案\n一、总则\n（一）区粮食局负责粮食应急工作。\n"
            + FILLER)
    kb = _one_document_kb(tmp_path, text)
    answer = kb.ask("某市粮食应急预案是哪天印发的？")
    assert answer.intent == "document" and "2005年6月11日" in answer.answer
    assert asked_field("农产品质量安全突发事件应急预案由哪个部门制定？") is None


def test_a_value_asked_must_stand_beside_a_word_of_the_question(tmp_path):
    """answertypes.missing: a sum asked (罚款多少) is refused when the top units hold sums only in sentences far from
    the question's words (the 50万元 size of a project), and answered when the sum follows in the next sentence of the
    case asked about (…未按要求贮存的，责令改正；拒不改正的，处一万元以上五万元以下罚款) or under a heading holding them."""
    text = ("某镇小型建设工程管理办法\n第一条 为加强管理，制定本办法。\n第二条 投资额在50万元以下的，适用简易程序。"
            "小型建设工程的建设单位应当办理备案手续。\n第三条 未按要求贮存建筑材料的，由镇建管中心责令改正；拒不改正的，"
            "处一万元以上五万元以下罚款。\n第四条 本办法自发布之日起施行。\n")
    kb = _one_document_kb(tmp_path, text)
    refused = kb.ask("小型建设工程的建设单位不办理备案手续，要交多少钱？")
    assert not refused.found and "金额" in refused.answer
    answered = kb.ask("建筑材料没按要求贮存会被罚多少钱？")
    assert answered.found and "一万元以上五万元以下" in answered.answer


@pytest.mark.parametrize("text, expected", [
    # the partners of 会同 named as sectors, the kind of body closing them (一个 field holding 和 stays one)
    ("（一）处置。由区应急局牵头，会同应急、消防、公安等相关单位启动响应措施。",
     [[("区应急局", "lead"), ("应急", "support"), ("消防", "support"), ("公安", "support")]]),
    ("（一）核验。实施完成后由属地街镇会同区绿化市容、规划资源和工业和信息化等部门联合核验。",
     [[("属地街镇", "lead"), ("区绿化市容", "support"), ("规划资源", "support"), ("工业和信息化", "support")]]),
    # after 由, sectors doing an act (the last as written when no 等 comes before 部门), and bodies listed after them
    ("（一）停车。由公安、交通部门梳理资源，制定道路停车方案。",
     [[("公安", "responsible"), ("交通部门", "responsible")]]),
    ("（一）整治。由市住房城乡建设、应急管理、民政等相关部门和各区人民政府按照职责分工负责。",
     [[("市住房城乡建设", "responsible"), ("应急管理", "responsible"), ("民政", "responsible"),
       ("各区人民政府", "responsible")]]),
    # a body and sectors opening a sentence, 等…职能部门 closing them
    ("（一）调查。处置结束后，某区管委会、消防、公安、民防等相关职能部门对事件的起因进行调查。",
     [[("某区管委会", "responsible"), ("消防", "responsible"), ("公安", "responsible"), ("民防", "responsible")]]),
    # not sectors: members (由…等部门负责同志组成), kinds of units (等单位), a law's authorities (等相关行政管理部门)
    ("（一）机制。成员由甲、乙、丙等部门负责同志组成。", []),
    ("（一）积水。采取工程型措施，由道路、排水、水利等单位协同解决。", []),
    ("（一）范围。某镇文物行政管理部门应当会同同级房屋、规划土地等相关行政管理部门，确定保护范围。",
     [[("某镇文物行政管理部门", "lead")]]),
])
def test_sectors_named_for_their_departments(text, expected):
    """responsibility.json sector_list / joined_fields: sectors (应急、消防、公安) closed by the kind of body they are
    (等相关单位, 等部门, 等相关职能部门) are bodies after 会同, after 由 and opening a sentence; members, kinds of
    units and a law's authorities are not."""
    assert _roles(text, issuer="某某区人民政府办公室") == expected


@pytest.mark.parametrize("question", ["我们发改委在这份文件里挂了哪些任务？", "发改委要做哪些事？"])
def test_a_body_asked_by_its_short_name_without_its_level_has_its_tasks_listed(tmp_path, question):
    """question_words.json SELF_BEFORE_NAME and bureaus._stems: 发改委 (after 我们 or not) stands for the one body of
    the text whose name without its level has those characters in order (市发展改革委)."""
    text = ("某市关于科学绿化的实施意见\n一、主要任务\n（一）规范建设管理。严格执行标准。（责任单位：市绿化市容局、市发展改革委）\n"
            "（二）推进绿化建设。加强统筹。（责任单位：市规划资源局）\n（三）保护古树名木。加强养护。（责任单位：市发展改革委、市财政局）\n"
            + FILLER)
    kb = _one_document_kb(tmp_path, text)
    ans = kb.ask(question)
    assert ans.intent == "bureau_tasks" and ans.found
    assert [c.unit_id.split("#")[1].split("/")[-1] for c in ans.citations] == ["（一）", "（三）"]


@pytest.mark.parametrize("text, expected", [
    ("（一）调查。根据有关原则，建立亡人火灾和较大以上火灾事故区政府牵头调查机制。", [[("区政府", "lead")]]),
    ("（一）机制。各区政府要建立区政府办公室牵头、区财政局参与的工作机制，统筹做好相关工作。",
     [[("各区政府", "responsible"), ("区政府办公室", "lead"), ("区财政局", "support")]]),
    ("（一）监管。出台具体实施办法，建立市场监管部门牵头的联席会议制度。", [[("市场监管部门", "lead")]]),
    # a person leading is no body; a mechanism without 牵头 names no lead
    ("（一）机制。同意建立由国务院领导同志牵头负责的部际联席会议制度。", []),
    ("（一）机制。建立火灾事故调查机制。", []),
])
def test_the_body_leading_a_mechanism_a_sentence_sets_up_leads(text, expected):
    """responsibility.json mechanism_lead: 建立A牵头(、B参与)的…机制/制度/联席会议 makes A the lead (the name right
    before 牵头, a topic before it left out) and B a partner."""
    assert _roles(text, issuer="某某区人民政府办公室") == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of body inside a list of bodies, or closing it before the act, is skipped, not the end of the list
    ("（一）撤离。处置结束后，区应急局、行业主管部门、各街道、镇有序组织人员撤离。",
     [[("区应急局", "responsible"), ("各街道、镇", "responsible")]]),
    ("（一）响应。事故发生后，由区应急局、相关职能部门视情会同应急、消防等相关单位启动响应。",
     [[("区应急局", "lead"), ("应急", "support"), ("消防", "support")]]),
    # a labelled list keeps its bodies beside a kind named with its level (区相关行政执法部门)
    ("（一）执法。加强执法。（责任单位：区相关行政执法部门、区发展改革委、区司法局、各相关单位）",
     [[("区发展改革委", "listed"), ("区司法局", "listed")]]),
    # a list of bodies closed by 等…部门 stays a list; the 各部门 of an exhortation makes no subject
    ("（一）宣传。区科委、区财政局等有关部门要加强宣传解读。", [[("区科委", "responsible"), ("区财政局", "responsible")]]),
    ("（一）认识。各级政府、各有关部门要充分认识这项工作的重要性。", []),
])
def test_a_kind_of_body_inside_a_list_of_bodies(text, expected):
    """bodynames.generic_name and subjects._kind_in_list: 行业主管部门, 相关职能部门, 区相关行政执法部门 inside or
    closing a list are kinds, no bodies, and no end of the list; responsibility.json adverbs 有序, 视情况."""
    assert _roles(text, issuer="某某区人民政府办公室") == expected


@pytest.mark.parametrize("text, expected", [
    ("（一）提升质量。开展攻关。（责任单位：各县（市、区）政府，市直有关部门）", [[("各县（市、区）政府", "listed")]]),
    ("（一）提升质量。开展攻关。责任单位：市市场监管局，各县市区政府", [[("市市场监管局", "listed"), ("各县市区政府", "listed")]]),
    ("（一）机制。各省（区、市）政府要建立工作机制，统筹做好督查工作。", [[("各省（区、市）政府", "responsible")]]),
    ("（一）机制。各市（州）党委要加强领导。", [[("各市（州）党委", "responsible")]]),
    ("（一）建设。（责任单位：各区（市）县政府，市级有关部门）", [[("各区（市）县政府", "listed")]]),
])
def test_collectives_with_the_levels_they_cover(text, expected):
    """responsibility.json collective_patterns: 各 and a level with the levels it covers in brackets (各县（市、区）政府)
    or run together (各县市区政府) is one collective body, whatever follows it (政府, 党委, nothing)."""
    assert _roles(text, issuer="某市人民政府办公室") == expected


TAB_TABLE = ("某市人民政府办公室关于印发某市营商环境优化重点任务分工方案的通知\n某政办函〔2022〕8号\n各县（市、区）人民政府：\n"
             "现将方案印发给你们，请认真组织实施。\n某市人民政府办公室\n2022年3月1日\n某市营商环境优化重点任务分工方案\n"
             "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
             "1\t压缩企业开办时间至1个工作日\t市市场监管局\t市公安局、市税务局\t2022年6月底前\n"
             "2\t推行工程建设项目审批“一网通办”\t市住建局\t市自然资源和规划局、市行政审批服务局\t2022年12月底前\n"
             "3\t优化不动产登记流程\t市自然资源和规划局\t市税务局，各县（市、区）政府\t长期坚持\n")


def test_a_task_table_pasted_into_a_text_file_with_tabs_is_read_row_by_row(tmp_path):
    """textutil.table_cells, units' tab row and cleaning's STRUCTURE_START: a table whose cells are split by tabs
    (a table pasted into a text file), right after the title, is read as the document's body: each row a unit
    named by its task, its bodies by column (牵头单位 leads, 配合单位 support), its deadline quoted."""
    kb = _one_document_kb(tmp_path, TAB_TABLE)
    rows = [u for u in kb.data.units if u.kind == "row"]
    assert len(rows) >= 3
    who = kb.ask("压缩企业开办时间由谁牵头？")
    assert who.bureaus[:3] == ["市市场监管局", "市公安局", "市税务局"] and who.lead == ["市市场监管局"]
    tasks = kb.ask("市税务局要做哪些事？")
    assert tasks.intent == "bureau_tasks" and len(tasks.citations) == 2
    assert "压缩企业开办时间" in tasks.answer and "优化不动产登记流程" in tasks.answer
    when = kb.ask("压缩企业开办时间要在什么时候前完成？")
    assert when.found and "2022年6月底前" in when.answer


@pytest.mark.parametrize("text, expected", [
    # partners in a later clause of a sentence whose subject takes charge
    ("（1）严查超限超载。县公安局交警大队负责，县交通运输局配合。",
     [[("县公安局交警大队", "responsible"), ("县交通运输局", "support")]]),
    ("（1）启动响应。由区应急指挥部统一实施处置，区民政局、区卫健委密切配合。",
     [[("区应急指挥部", "responsible"), ("区民政局", "support"), ("区卫健委", "support")]]),
    # a partner's adverbs before 组织配合 are no part of its name
    ("（一）安装报警器。（市住房城乡建设管理委、市财政局牵头负责，市民政局按职责组织配合）",
     [[("市住房城乡建设管理委", "lead"), ("市财政局", "lead"), ("市民政局", "support")]]),
    # a later clause of what is done with others is no partner's act
    ("（1）开展检查。县应急局负责，有关部门配合。", [[("县应急局", "responsible")]]),
    # the governments of the places answering for their part (落实属地责任)
    ("（1）提升餐饮质量。市市场监管局负责，各区县人民政府落实属地责任。",
     [[("市市场监管局", "responsible"), ("各区县人民政府", "support")]]),
])
def test_partners_named_after_the_subject_s_act_support(text, expected):
    """subjects: …，B配合 after a subject's act (A负责，B配合) makes B a partner; responsibility.json role_tails
    组织配合 (市民政局按职责组织配合) too."""
    assert _roles(text, issuer="某县人民政府") == expected


def test_an_unsigned_document_is_issued_by_the_body_its_title_opens_with():
    """cleaning.TITLE_ISSUER: a document without a signature (河北省人民政府办公厅关于…的实施意见 and its 文号) is issued
    by the body before 关于; a signed one keeps its signature's issuer."""
    from indexer.reading.cleaning import clean
    from indexer.reading.loading import Source
    unsigned = ("河北省人民政府办公厅关于进一步优化营商环境的实施意见\n冀政办发〔2020〕21号\n各市人民政府：\n"
                "为优化营商环境，提出如下意见。\n一、提升效能\n（一）深化改革。（省政务服务管理局负责）\n")
    assert clean(Source("a.txt", unsigned, "txt")).meta["issuer"] == "河北省人民政府办公厅"
    signed = ("某市人民政府办公室关于印发某方案的通知\n某政办发〔2023〕1号\n各区人民政府：\n现印发给你们。\n某市人民政府办公室\n"
              "2023年1月5日\n某方案\n一、任务\n（一）深化改革。（市发展改革委负责）\n")
    assert clean(Source("b.txt", signed, "txt")).meta["issuer"] == "某市人民政府办公室"


@pytest.mark.parametrize("text, expected", [
    ("（一）强化金融支持。人民银行石家庄中心支行、河北银保监局要引导金融机构加大信贷投放，省地方金融监管局配合。",
     [[("人民银行石家庄中心支行", "responsible"), ("河北银保监局", "responsible"), ("省地方金融监管局", "support")]]),
    ("（一）强化金融支持。（责任单位：农业银行某分行、省财政厅）", [[("农业银行某分行", "listed"), ("省财政厅", "listed")]]),
])
def test_branches_of_banks_are_bodies(text, expected):
    """responsibility.json body_suffixes 支行, 分行: a bank's branch named for its place is a body."""
    assert _roles(text, issuer="河北省人民政府办公厅") == expected


OPINION = ("湖北省人民政府关于加快推进质量强省建设的意见\n鄂政发〔2019〕8号\n各市、州、县人民政府：\n为实施质量强省战略，提出如下意见。\n"
           "一、总体要求\n到2022年，产品质量合格率稳定在94%以上。\n二、重点任务\n（一）提升产品质量。开展对标达标活动。\n"
           "（二）加强标准引领。主导制定标准100项以上。\n（三）夯实质量基础。建设质检中心10个。\n三、保障措施\n"
           "（一）加强组织领导。省市场监管局负责统筹推进。\n（二）加强考核评价。纳入年度考核。\n湖北省人民政府\n2019年3月20日\n")


def test_a_document_titled_as_its_own_opinion_keeps_that_title_and_counts_a_part_named(tmp_path):
    """cleaning: a title X关于…的意见 that issues nothing (no 印发, 转发) is the document's title; document_answers:
    一共有几项 beside a part's heading (重点任务, 保障措施) counts that part's articles, with or without 这份意见."""
    kb = _one_document_kb(tmp_path, OPINION)
    assert next(iter(kb.data.documents.values())).title == "湖北省人民政府关于加快推进质量强省建设的意见"
    for question in ("重点任务一共有几项？", "这份意见一共有几项重点任务？"):
        answer = kb.ask(question)
        assert answer.intent == "document" and "共有3项" in answer.answer and "（三）夯实质量基础" in answer.answer
    assert "共有2项" in kb.ask("保障措施有几条？").answer
    assert "共有5条" in kb.ask("这份文件共有多少条？").answer


@pytest.mark.parametrize("text, expected", [
    # the members a meeting's article lists after 成员包括, up to the people named for them
    ("（一）组成。联席会议由分管副市长担任召集人。成员包括市委宣传部、市公安局、市民政局等单位分管负责同志。",
     [[("市委宣传部", "listed"), ("市公安局", "listed"), ("市民政局", "listed")]]),
    # a count of members after 共 closes the list; the lead named after it leads
    ("（一）组成。联席会议由区民政局、区财政局、区税务局共3个单位组成，区民政局为牵头单位。",
     [[("区民政局", "lead"), ("区财政局", "responsible"), ("区税务局", "responsible")]]),
    # people, not bodies, are no members
    ("（一）组成。成员包括政府人员、职业教育专家、行业企业专家。", []),
    # a meeting made of its members (联席会议由A、B，C等N个部门和单位组成), a comma inside the list, a party school
    ("1.联席会议由市委宣传部、统战部、网信办，市发改委、教育局、党校（行政学院）、妇联等7个部门和单位组成。",
     [[("市委宣传部", "listed"), ("统战部", "listed"), ("网信办", "listed"), ("市发改委", "listed"),
       ("教育局", "listed"), ("党校（行政学院）", "listed"), ("妇联", "listed")]]),
    # members named before 为联席会议成员 / 为领导小组成员, the people named for them (有关负责人) left out
    ("（二）组成。召集人由市教育局主要负责人担任，市委编办、市文明办、市发改委有关负责人为联席会议成员。",
     [[("市委编办", "listed"), ("市文明办", "listed"), ("市发改委", "listed")]]),
    ("（二）组成。组长由分管副区长担任，区财政局、区民政局分管领导为领导小组成员。",
     [[("区财政局", "listed"), ("区民政局", "listed")]]),
    ("（二）组成。办公室成员由国家发展改革委、财政部、中国储备粮管理总公司有关人员组成。",
     [[("国家发展改革委", "listed"), ("财政部", "listed"), ("中国储备粮管理总公司", "listed")]]),
    # an organisation opening with its level among two bodies or more is a member (市社区大学); people are not
    ("（二）组成。成员包括市教育局、市财政局、市社区大学。",
     [[("市教育局", "listed"), ("市财政局", "listed"), ("市社区大学", "listed")]]),
    ("（二）组成。成员包括市教育局、市财政局、市民代表。", []),
    ("（二）组成。成员包括市教育局、市社区大学。", []),
    # the people attending (参会人员为联席会议成员) are no member body
    ("（二）会议。联席会议根据工作需要不定期召开会议，由召集人主持，参会人员为联席会议成员。", [[("联席会议", "responsible")]]),
])
def test_the_members_of_a_meeting_listed_after_its_convener(text, expected):
    """responsibility.json member_lists (成员包括A、B等单位分管负责同志) and member_count (共16个单位)."""
    assert _roles(text, issuer="某市人民政府办公室") == expected


def test_a_meeting_the_text_names_for_short_is_made_of_its_members():
    """member_count 共N个单位: a meeting named for short (以下简称“联席会议”) and made of its members (联席会议由A、B、C
    共3个单位组成，A为牵头单位) is no body of its own; its members are, the one named 牵头单位 leading."""
    from indexer.reading.cleaning import clean
    from indexer.reading.loading import Source
    from indexer.structure.units import parse
    text = ("某区人民政府办公室关于建立社会救助局际联席会议制度的通知\n各镇人民政府：\n区政府决定建立某区社会救助局际联席会议"
            "（以下简称“联席会议”）制度。现就有关事项通知如下。\n一、主要职能\n统筹做好社会救助工作。\n二、成员单位\n"
            "联席会议由区民政局、区财政局、区税务局共3个单位组成,区民政局为牵头单位。\n三、工作规则\n联席会议每年召开一次全体会议。\n")
    cleaned = clean(Source("m.txt", text, "txt"))
    found = extract(text, parse("m", text, cleaned), NONE, cleaned.meta.get("issuer"))
    members = next(r for r in found if "共3个单位组成" in r.quote)
    assert [(b.name, b.role) for b in members.bodies] == [("区民政局", "lead"), ("区财政局", "responsible"),
                                                          ("区税务局", "responsible")]


def test_a_recipients_line_naming_no_each_is_no_title():
    """metadata.json recipients_end: a text opening with its 主送 line (市人民政府有关部门，直属及驻漯有关单位：) has no title
    there; a line ending with a colon is never taken for a title."""
    import json
    import re
    from indexer.textutil import PACKAGE_DATA
    family = json.loads((PACKAGE_DATA / "metadata.json").read_text(encoding="utf-8"))["recipients_end"]
    pattern = re.compile(family["pattern"])
    assert all(pattern.search(e) for e in family["examples"])
    assert not any(pattern.search(c) for c in family["counterexamples"])
    text = ("市人民政府有关部门，直属及驻漯有关单位：\n为做好迎接检查工作，现将各有关部门职责明确如下：\n"
            "一、市城乡规划局负责城市规划的编制。\n二、市交通运输局负责城市综合交通管理工作。\n")
    _, cleaned = _cleaned(text)
    assert cleaned.meta.get("title") != "市人民政府有关部门，直属及驻漯有关单位"
    assert cleaned.meta["recipients"] == ["市人民政府有关部门", "直属及驻漯有关单位"]
    _, plain = _cleaned("具体要求：\n一、市交通运输局负责城市综合交通管理工作。\n")
    assert plain.meta.get("title") != "具体要求："
    _, titled = _cleaned("某市城市管理工作方案\n一、市交通运输局负责城市综合交通管理工作。\n")
    assert titled.meta["title"] == "某市城市管理工作方案"


def test_a_type_named_by_a_bare_noun_is_only_mentioned_beside_one_asked():
    """answer_types.json interrogative: 在什么时间前把名单报上去 asks a 时限; 名单 alone still asks a list."""
    from indexer.answers.answertypes import asked
    kinds = lambda q: [t.name for t in asked(q)]
    assert kinds("各单位要在什么时间前把主管领导和科室负责人名单报上去？") == ["时限"]
    assert kinds("第一批试点企业名单？") == ["名单"]


def test_a_who_question_opening_with_its_setting_is_answered_by_the_clause_that_asks(tmp_path):
    """迎接省里城市精细化管理考核，城市园林绿化由哪个部门负责: the setting's words are the opening's, the ask is the
    article's; the article naming the body answers, also when the setting makes it cover less than the threshold."""
    text = ("某市人民政府关于城市精细化管理迎检工作职责分工的通知\n市人民政府有关部门：\n"
            "为深入开展城市精细化管理活动，提升城市精细化管理水平，做好迎接省政府考核评比工作，现将各有关部门承担省迎检工作职责明确如下：\n"
            "一、市城乡规划局负责城市规划及市政、环卫、园林、交通等专业规划的编制。\n"
            "二、市住房保障房屋管理局负责住宅小区管理、建设行政执法队伍等。\n"
            "三、市林业园林局负责城市园林绿化及建立城市管理长效机制等。\n"
            "四、市交通运输局负责城市综合交通管理工作。\n")
    kb = _one_document_kb(tmp_path, text)
    green = kb.ask("迎接省里城市精细化管理考核，城市园林绿化由哪个部门负责？")
    assert green.found and green.bureaus == ["市林业园林局"] and green.citations[0].unit_id.endswith("#三、")
    housing = kb.ask("某市迎接省里精细化管理检查，住宅小区管理这块归谁？")
    assert housing.found and housing.bureaus == ["市住房保障房屋管理局"]


def test_a_red_header_its_doc_number_and_a_title_broken_by_layout():
    """metadata.json masthead: the 版头 (某某区人民政府文件) then the 文号 on its own line, not read as the first half of a
    two-line title; a notice title with the spaces its layout left (关于印发 《…分解 和…》) read without them; the plan's
    own title on two lines after the signature read whole, not its second half as the opening text."""
    import json
    import re
    from indexer.textutil import PACKAGE_DATA
    family = json.loads((PACKAGE_DATA / "metadata.json").read_text(encoding="utf-8"))["masthead"]
    pattern = re.compile(family["pattern"])
    assert all(pattern.match(e) for e in family["examples"])
    assert not any(pattern.match(c) for c in family["counterexamples"])
    text = ("某某市某某区人民政府文件\n某区政发〔2023〕2号\n某某区人民政府关于印发 《某某区政府2023年重点工作任务分解 和责任分工方案》的通知\n"
            "各街道办事处,各区直部门:\n经区政府同意,现将《某某区政府2023年重点工作任务分解和责任分工方案》印发给你们,请认真贯彻落实。\n"
            "某某区人民政府\n2023年3月28日\n某某区政府2023年重点工作\n任务分解和责任分工方案\n"
            "为做好今年政府工作,制定分工方案如下。\n一、主要预期目标\n1.地区生产总值增长6%左右。\n")
    _, cleaned = _cleaned(text)
    meta = cleaned.meta
    assert meta["doc_number"] == "某区政发〔2023〕2号"
    assert meta["notice_title"] == "某某区人民政府关于印发《某某区政府2023年重点工作任务分解和责任分工方案》的通知"
    assert meta["title"] == "某某区政府2023年重点工作任务分解和责任分工方案"
    assert [line.stripped for line in cleaned.front["preamble"]] == ["为做好今年政府工作,制定分工方案如下。"]
    _, unsigned = _cleaned("某某市财政局文件\n某财发〔2022〕5号\n关于加强某项资金管理的通知\n各区财政局：\n一、加强管理。\n")
    assert unsigned.meta["issuer"] == "某某市财政局" and unsigned.meta["doc_number"] == "某财发〔2022〕5号"


def test_a_title_line_repeated_a_note_in_brackets_and_a_letter_spaced_title():
    """The page's title repeated above the text is no opening text; a note in brackets (（本文有删减）) and an
    attachment's 附件： line are no title; a title whose letters are spaced out (国 务 院 工 作 规 则) is read without the
    spaces, and a bracketed date line below it (（二○○四年六月十六日…通过）) is not the rest of the title."""
    _, repeated = _cleaned("# 关于进一步规范某镇建筑垃圾治理的通知\n某府发〔2021〕3号\n关于进一步规范某镇建筑垃圾治理的通知\n"
                           "为进一步规范建筑垃圾管理，打击违规处置行为。现通知如下：\n一、明确职责。\n")
    assert repeated.meta["notice_title"] == "关于进一步规范某镇建筑垃圾治理的通知"
    assert [line.stripped for line in repeated.front["preamble"]] == ["为进一步规范建筑垃圾管理，打击违规处置行为。现通知如下："]
    _, noted = _cleaned("国务院办公厅转发民政部关于\n清理整顿社会团体意见的通知\n国办发〔1997〕11号\n各省、自治区、直辖市人民政府：\n"
                        "民政部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们。\n国务院办公厅\n一九九七年四月八日\n"
                        "（本文有删减）\n关于清理整顿社会团体的意见\n（民政部 一九九七年一月二十八日）\n根据有关通知要求，现提出如下意见：\n"
                        "一、清理整顿的目的。\n")
    assert noted.meta["title"] == "关于清理整顿社会团体的意见"
    _, spaced = _cleaned("国务院关于印发\n《国务院工作规则》的通知\n国发〔2004〕18号\n各省、自治区、直辖市人民政府：\n"
                         "现将修订后的《国务院工作规则》印发给你们。\n国务院\n二〇〇四年六月二十六日\n国 务 院 工 作 规 则\n"
                         "（二○○四年六月十六日国务院\n第54次常务会议修订通过）\n第一章 总则\n")
    assert spaced.meta["title"] == "国务院工作规则"


def test_a_task_tables_rows_before_the_first_heading_lie_in_the_opening_text(tmp_path):
    """SPEC.md 前言 is the opening text before the first heading: the rows of a task table that is the whole text
    (no heading) are cited as 前言第N行, a gold 前言 holds them; rows under a part keep the part's path."""
    text = ("某市人民政府办公室关于印发2023年重点工作责任分解的通知\n各县（市、区）人民政府：\n"
            "《2023年重点工作责任分解》已经市政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2023年3月1日\n"
            "2023年重点工作责任分解\n序号 | 主要工作任务 | 责任单位 |\n1 | 地区生产总值增长6%左右。 | 市发展改革委 |\n"
            "2 | 研发投入强度达到3.5%。 | 市科技局 |\n")
    kb = _one_document_kb(tmp_path, text)
    paths = de.label_paths(kb)
    rows = [paths[u.unit_id] for u in kb.data.units if u.kind == "row"]
    assert rows and all(p.startswith("附件前言第") for p in rows)
    assert de.unit_matches(rows[1], "前言")
    (tmp_path / "h").mkdir()
    headed = _one_document_kb(tmp_path / "h", "某市重点工作方案\n一、主要目标\n序号 | 任务 | 责任单位 |\n1 | 增长6%。 | 市发展改革委 |\n")
    assert [p for u, p in ((u, de.label_paths(headed)[u.unit_id]) for u in headed.data.units) if u.kind == "row"][0].startswith("一、")


def test_an_issuer_the_page_abbreviates_and_a_title_nested_in_a_title(tmp_path):
    """A page's 发布机关 field abbreviating (市政府办公室) the body the notice's title names (某市人民政府办公室关于…) is
    read in full; a question naming the document with the nested title marks (《2006年〈政府工作报告〉要求…》) finds it."""
    _, cleaned = _cleaned("发文文号: 某政办发〔2023〕7号 发布机关: 市政府办公室\n"
                          "某市人民政府办公室关于印发2023年重点工作责任分解的通知\n各县（市、区）人民政府：\n现印发给你们。\n"
                          "一、主要任务\n（一）地区生产总值增长6%。\n")
    assert cleaned.meta["issuer"] == "某市人民政府办公室"
    _, kept = _cleaned("发布机关: 某市财政局\n某市人民政府办公室关于印发某办法的通知\n各县（市、区）人民政府：\n现印发给你们。\n一、主要任务\n")
    assert kept.meta["issuer"] == "某市财政局"      # another body, not an abbreviation: the field stands
    kb = _one_document_kb(tmp_path, "关于印发2006年政府工作报告要求重点做好的工作事项的通知\n穗府办〔2006〕19号\n各区人民政府：\n"
                                    "现将《2006年〈政府工作报告〉要求重点做好的工作事项》印发给你们。\n某市人民政府办公厅\n二○○六年四月二十八日\n"
                                    "一、加快发展\n（一）推进建设。（牵头单位：市经贸委）\n")
    ans = kb.ask("《2006年〈政府工作报告〉要求重点做好的工作事项》是由哪个机关印发的？")
    assert ans.found and "某市人民政府办公厅" in ans.answer


def test_a_spoken_question_word_a_year_in_a_title_and_the_plans_name_in_a_deadline_question(tmp_path):
    """question_words.json spoken: 啥时候 is read as 什么时候 (and said so); the year of a quoted title
    (《2026年…方案》) is no deadline; the plan's own name (清水行动, a title word) does not pick the sentence, the
    stage asked about (动员部署) does."""
    from indexer.search.questions import clean_question
    cleaned, notes = clean_question("动员部署要在啥时候之前搞完")
    assert cleaned == "动员部署要在什么时候之前搞完？" and any("啥" in n for n in notes)
    from indexer.answers.answertypes import untitled
    assert untitled("现将《2026年某区清水行动工作方案》印发给你们") == "现将" + " " * len("《2026年某区清水行动工作方案》") + "印发给你们"
    text = ("关于印发《2026年某区清水行动工作方案》的通知\n各街镇：\n我局制定了《2026年某区清水行动工作方案》，现印发给你们，请认真贯彻落实清水行动。\n"
            "某区绿化市容局\n2026年5月7日\n2026年某区清水行动工作方案\n一、工作目标\n全面提升建筑垃圾运输管理水平。\n四、时间安排\n"
            "（一）动员部署阶段（4月底前）：全面部署任务，开展宣传告知。\n"
            "（二）集中整治阶段（5-7月）：开展全覆盖巡查。\n"
            "（三）巩固提升阶段（8-9月）：总结经验做法，将“清水行动”成果纳入日常监管。\n")
    kb = _one_document_kb(tmp_path, text)
    ans = kb.ask("清水行动的动员部署要在啥时候之前搞完？")
    assert ans.found and "4月底前" in ans.answer and ans.citations[0].label == "（一）"


def test_a_who_question_whose_setting_lifts_the_opening_text_first(tmp_path):
    """_who_is_written: the opening text (做好迎接省政府考核评比工作) ranked first names no bodies; the unit close
    behind that names them and holds the clause that asks is the basis, whatever the share of the whole question;
    without such a unit there is none."""
    from indexer.answers.answering import _who_is_written
    text = ("某市人民政府关于城市精细化管理迎检工作职责分工的通知\n市人民政府有关部门：\n"
            "为深入开展城市精细化管理活动，做好迎接省政府考核评比工作，现将各有关部门承担省迎检工作职责明确如下：\n"
            "一、市城乡规划局负责城市规划及市政、环卫、园林、交通等专业规划的编制。\n"
            "二、市林业园林局负责城市园林绿化及建立城市管理长效机制等。\n"
            "三、市交通运输局负责城市综合交通管理工作。\n")
    kb = _one_document_kb(tmp_path, text)
    question = "迎接省里城市精细化管理考核，城市园林绿化由哪个部门负责？"
    result = kb.searcher.search(question, method="bm25")
    opening = next(h for h in result.hits if kb.unit_by_id[h.unit_id].kind in ("preamble", "notice"))
    green = next(h for h in result.hits if h.unit_id.endswith("#二、"))
    traffic = next(h for h in result.hits if h.unit_id.endswith("#三、"))
    result.coverage = 0.1        # as low as a model's ranking may leave it
    result.hits = [opening, green, traffic]
    assert _who_is_written(kb, question, result)
    result.hits = [opening, traffic]
    assert not _who_is_written(kb, question, result)
    # the setting's words lift the opening text far above the unit that answers: that unit is cited all the same
    lifted = kb.ask("做好迎接省政府精细化考核评比工作，城市园林绿化谁负责？")
    assert lifted.bureaus == ["市林业园林局"] and lifted.citations[0].unit_id.endswith("#二、")


def test_sub_items_numbered_inside_a_line_are_units():
    """1.深化改革。（1）…（A牵头负责）（2）…: the sub-items set inside one paragraph are units with their own clauses,
    as on lines of their own; a lone （1） or a reference (按第（2）项) makes none."""
    from indexer.reading.cleaning import clean
    from indexer.reading.loading import Source
    from indexer.structure.units import parse
    text = ("某市人民政府关于加快质量提升的实施意见\n一、优化准入服务\n1.深化商事制度改革。（1）推行证照分离改革，实行清单管理。"
            "（市工商质监局牵头负责）（2）推进企业名称自主申报。（市发改委牵头负责）（3）放宽住所登记条件。\n"
            "2.提升审批效率。按本意见第（2）项执行。（市政务服务中心牵头负责）\n3.优化服务。（1）开展帮办服务。\n")
    cleaned = clean(Source("m.txt", text, "txt"))
    units = parse("m", text, cleaned)
    subitems = [u for u in units if u.kind == "subitem"]
    assert [u.label for u in subitems] == ["（1）", "（2）", "（3）"]
    assert all(u.text == text[u.start:u.end] for u in subitems)
    assert subitems[0].text.endswith("（市工商质监局牵头负责）") and subitems[2].text == "（3）放宽住所登记条件。"
    found = extract(text, units, NONE, cleaned.meta.get("issuer"))
    by_unit = {r.unit_id.split("#")[1]: [(b.name, b.role) for b in r.bodies] for r in found}
    assert by_unit["（1）"] == [("市工商质监局", "lead")] and by_unit["（2）"] == [("市发改委", "lead")]


def test_a_count_asked_in_a_measure_no_sentence_counts_in_is_refused(tmp_path):
    """几名队员: when no sentence beside the question's words gives a count in 名 (only 一批 and a duty), the count is
    missing; a sentence giving 3名 beside them answers, whatever noun it counts."""
    text = ("某区消防工作实施方案\n一、建设微型消防站\n（一）每个村（居）委建立微型消防站，建设和运行费用由各级财政保障，形成一批有人、"
            "有装备的灭火先遣队。\n（二）明确微型消防站队员、车辆和装备配备标准。\n" + FILLER)
    kb = _one_document_kb(tmp_path, text)
    refused = kb.ask("微型消防站每个站要配几名队员？")
    assert not refused.found and "数量" in refused.answer
    (tmp_path / "b").mkdir()
    given = _one_document_kb(tmp_path / "b", text.replace("配备标准。", "配备标准，每站配备不少于3名专职队员。"))
    answered = given.ask("微型消防站每个站要配几名队员？")
    assert answered.found and "3名" in answered.answer
    people = given.ask("微型消防站每个站要配几个人当专职队员？")     # answer_types.json measure_alike: 人 → 名
    assert people.found and "3名" in people.answer


def test_a_convention_in_brackets_after_the_last_name_and_a_doc_number_in_brackets():
    """市财政局(第一责任单位为牵头单位,下同): the note is no part of the name (conventions, list_notes); a 文号 in brackets on
    its own line or closing the title line (…的实施意见（池政〔2017〕101号）) is read, and the title is left without it."""
    text = "（一）推进项目建设。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n（二）优化审批。\n责任单位:市建设局、市财政局\n"
    assert _roles(text, issuer="某市人民政府办公厅") == [[("市发改委", "lead"), ("市财政局", "listed")],
                                                       [("市建设局", "lead"), ("市财政局", "listed")]]
    # 列第一位的为工作牵头单位或汇总单位: the convention whatever word comes between 为 and 牵头
    worded = text.replace("第一责任单位为牵头单位", "列第一位的为工作牵头单位或汇总单位")
    assert _roles(worded, issuer="某市人民政府办公厅") == [[("市发改委", "lead"), ("市财政局", "listed")],
                                                         [("市建设局", "lead"), ("市财政局", "listed")]]
    _, own_line = _cleaned("某市人民政府关于印发某方案的通知\n(某政发〔2010〕39号)\n各县、区人民政府：\n现印发给你们。\n一、主要任务\n")
    assert own_line.meta["doc_number"] == "某政发〔2010〕39号"
    _, in_title = _cleaned("某市人民政府关于创优营商环境的实施意见(某政〔2017〕101号)\n为贯彻落实有关文件，提出如下意见。\n一、减少审批事项\n")
    assert in_title.meta["doc_number"] == "某政〔2017〕101号" and in_title.meta["title"] == "某市人民政府关于创优营商环境的实施意见"


def test_a_folder_holding_a_notice_of_one_article_answers_from_it(tmp_path):
    """A short notice: an opening and one article, two searchable units. With rank_bm25's idf a word held by
    one of two units weighs 0, every question scored 0 and was refused (a 分工意见 saved as its opening only)."""
    text = ("某省人民政府关于重点工作部门分工的意见\n各市州人民政府，省直有关单位：\n现就重点工作提出部门分工意见如下：\n"
            "（一）增强创新驱动发展能力。推进自主创新示范区建设，健全工作推进机制（省科技厅牵头）。"
            "支持企业技术改造和设备更新（省经信委牵头）。\n")
    kb = _one_document_kb(tmp_path, text)
    answer = kb.ask("推进自主创新示范区建设由哪个部门牵头？")
    assert answer.found and answer.citations[0].label == "（一）"
    assert "省科技厅" in answer.bureaus


def test_a_title_quoting_a_text_is_the_documents_own_and_a_cited_text_is_no_title():
    """A title holding a text it carries out (关于落实《政府工作报告》重点工作责任分工的意见, 贯彻落实《…》分工方案) is the
    document's title, whether it heads the page or follows the notice's signature; a 《》 in the notice's opening
    names the document only when the notice sends it (现将《…》印发给你们), not when it says what the work follows."""
    own = ("某省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n发布日期:2013-03-27\n各市人民政府，省政府各直属单位：\n"
           "为做好全年政府工作，现就省人大会议通过的《政府工作报告》确定的重点工作提出责任分工意见如下：\n"
           "一、主要目标\n（一）地区生产总值增长10%。（省发改委负责）\n" + FILLER)
    assert _cleaned(own)[1].meta["title"] == "某省人民政府关于落实《政府工作报告》重点工作责任分工的意见"
    after_signature = ("各区、县人民政府，市人民政府各工作部门：\n《某市贯彻落实某省〈深化改革工作要点〉分工方案》已经市政府同意，"
                       "现印发给你们，请认真组织实施。\n某市人民政府办公厅\n2022年7月27日\n"
                       "某市贯彻落实某省《深化改革工作要点》分工方案\n一、全链条优化审批\n（一）实施清单管理。（市审批局负责）\n"
                       + FILLER)
    assert _cleaned(after_signature)[1].meta["title"] == "某市贯彻落实某省《深化改革工作要点》分工方案"
    sent = ("某市人民政府办公室关于做好质量提升工作的通知\n各区人民政府：\n现将《某市质量提升实施方案》印发给你们，请认真贯彻执行。\n"
            "某市人民政府办公室\n2024年1月5日\n一、目标\n（一）提升质量。（市市场监管局负责）\n" + FILLER)
    assert _cleaned(sent)[1].meta["title"] == "某市质量提升实施方案"


def test_a_title_nested_in_a_title_is_named_with_any_marks_and_shown_with_inner_marks(tmp_path):
    """2006年《政府工作报告》要求重点做好的工作事项: a question may write it 《2006年〈政府工作报告〉要求…》 or with no
    marks; an answer shows it 《2006年〈政府工作报告〉要求…》, not with two 《 in a row."""
    from indexer.textutil import book_title
    assert book_title("2006年《政府工作报告》要求重点做好的工作事项") == "《2006年〈政府工作报告〉要求重点做好的工作事项》"
    text = ("某市人民政府办公厅关于印发工作事项的通知\n各区人民政府：\n现将2006年《政府工作报告》要求重点做好的工作事项印发给你们。\n"
            "某市人民政府办公厅\n2006年4月28日\n2006年《政府工作报告》要求重点做好的工作事项\n"
            "一、经济发展\n（一）地区生产总值增长13%。（市发展改革委负责）\n" + FILLER)
    kb = _one_document_kb(tmp_path, text)
    assert kb.data.documents["plan"].title == "2006年《政府工作报告》要求重点做好的工作事项"
    for asked in ("《2006年〈政府工作报告〉要求重点做好的工作事项》是由哪个机关印发的？",
                  "2006年政府工作报告要求重点做好的工作事项是由哪个机关印发的？"):
        assert kb.named_documents(asked) == ["plan"]
        answer = kb.ask(asked)
        assert "某市人民政府办公厅" in answer.answer and "《《" not in answer.answer
    assert kb.without_titles("《2006年〈政府工作报告〉要求重点做好的工作事项》由谁印发").strip() == "由谁印发"


def test_a_body_named_without_its_level_is_the_one_the_document_names_with_it(tmp_path):
    """省发改委主办，省工信委、科技厅、商务厅协办 …（省商务厅负责）: the 商务厅 of the list is 省商务厅 (its canonical name; its
    name stays as written), so 省商务厅's tasks include the item it supports. A level the document never writes
    before a name adds nothing, and two levels that fit (省X and 市X) are left alone."""
    text = ("（一）固定资产投资增长30%。（省发改委主办，省工信委、科技厅、商务厅协办）\n"
            "（二）进出口总额增长8%。（省商务厅负责）\n（三）科技投入增长10%。（科技厅负责）\n"
            "（四）外贸企业培育。（省商务厅、市商务厅负责）\n（五）规划编制。（交通运输厅负责）\n")
    found = extract(text, [_unit(text)], NONE, "某省人民政府")
    canonical = {(b.name, b.canonical) for r in found for b in r.bodies}
    assert ("商务厅", "商务厅") in canonical        # 省商务厅 and 市商务厅 both named: 商务厅 could be either
    assert ("科技厅", "科技厅") in canonical and ("交通运输厅", "交通运输厅") in canonical
    single = text.replace("（四）外贸企业培育。（省商务厅、市商务厅负责）\n", "")
    found = extract(single, [_unit(single)], NONE, "某省人民政府")
    assert [(b.name, b.canonical) for b in found[0].bodies][2:] == [("科技厅", "科技厅"), ("商务厅", "省商务厅")]
    kb = _one_document_kb(tmp_path, "某省人民政府关于重点工作责任分工的意见\n一、主要目标\n" + single + FILLER)
    tasks = kb.ask("省商务厅负责哪些任务？")
    assert [c.label for c in tasks.citations] == ["（一）", "（二）"]


HUNAN_STYLE = ("某省人民政府关于重点工作部门分工的意见\n某省人民政府门户网站 www.x.gov.cn 发布时间: 2016-02-23 09:40 【字体:\n"
               "省直有关单位：\n现就重点工作提出部门分工意见如下：\n一、努力保持经济平稳健康发展\n"
               "（一）增强创新驱动发展能力。推进自主创新示范区建设，健全工作推进机制（分管副省长负责，省科技厅牵头。"
               "明确牵头部门的，其他有关部门配合，不逐一列出，下同）。落实企业研发费用加计扣除政策（分管副省长负责，"
               "省科技厅、省发改委、省财政厅等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同），"
               "建设一批众创空间和农村星创天地（分管副省长负责，省科技厅牵头）。\n")


def test_clauses_after_a_bracket_never_closed_are_read():
    """A page's 【字体： button opens a bracket that never closes: the clauses after it are still clauses (all three
    were read as sentences, the list's lead from the convention inside it lost)."""
    found = _roles(HUNAN_STYLE, issuer="某省人民政府")
    assert [("省科技厅", "lead"), ("省发改委", "listed"), ("省财政厅", "listed")] in found
    assert sum(1 for r in extract(HUNAN_STYLE, [_unit(HUNAN_STYLE)], NONE, "某省人民政府") if r.source == "clause") == 3


def test_a_clause_the_texts_last_line_never_closes_runs_to_its_end():
    """A page cut off in its last clause (…错位发展。(市经信委牵头落实): the clause runs to the line's end; a bracket
    left open on an earlier line, or a page's 【字体： button, is still no clause."""
    assert _roles("4.推动园区错位发展。(市经信委牵头落实\n", issuer="某市人民政府") == [[("市经信委", "lead")]]
    assert _roles("4.推动园区错位发展。(市经信委牵头落实\n5.加强规划管理。", issuer="某市人民政府") == []
    assert _roles("（一）推进改革。【字体：大 中 小", issuer="某市人民政府") == []


def test_a_who_question_is_answered_by_the_clause_for_the_text_asked_about(tmp_path):
    """Of a unit's clauses, the one answering for the text the question is about (建设众创空间 → the clause after it),
    not the one after other text in the same sentence; a clause's convention (明确牵头部门的，其他有关部门配合) is
    text to search."""
    kb = _one_document_kb(tmp_path, HUNAN_STYLE + FILLER)
    lead = kb.ask("建众创空间和农村星创天地是哪个部门牵头？")
    assert lead.bureaus == ["省科技厅"] and lead.lead == ["省科技厅"]
    listed = kb.ask("企业研发费用加计扣除政策落实，归哪些部门管、谁牵头？")
    assert listed.bureaus == ["省科技厅", "省发改委", "省财政厅"] and listed.lead == ["省科技厅"]
    convention = kb.ask("对已明确牵头部门的工作，其他有关部门的职责是怎样规定的？")
    assert convention.found and convention.citations[0].label == "（一）"


@pytest.mark.parametrize("text, expected", [
    # an office whose name ends as an act does (政务公开办: 开办), and a subject read up to its body, not past 在
    ("（三）县政务公开办在县政府门户网站开设专栏，确保征集工作的广泛性。", [[("县政务公开办", "responsible")]]),
    ("（三）市双创办负责组织创业大赛。", [[("市双创办", "responsible")]]),
    # a field joined to a body's name by 和 (商务和投资促进局) is one body of a list of sectors and bodies
    ("（四）发改局、教体局、商务和投资促进局、文旅局等部门根据明年项目计划推荐2个以上的备选项目。",
     [[("发改局", "responsible"), ("教体局", "responsible"), ("商务和投资促进局", "responsible"),
       ("文旅局", "responsible")]]),
])
def test_offices_named_like_acts_and_fields_joined_by_and(text, expected):
    assert _roles(text, issuer="某县人民政府") == expected


def test_title_lines_ending_with_and_go_on_and_a_site_banner_is_no_title():
    """A plan's title over three lines, one ending with 和 before a line that opens with a year
    (…第十四个五年规划和 / 二〇三五年远景目标纲要…方案); a site's banner above a notice title naming its issuer
    (法搜网--中国法律信息搜索网) is no part of it, so the issuer is read from the title."""
    text = ("关于印发某区规划纲要任务分工方案的通知\n各街道办事处：\n现将任务分工方案印发给你们。\n某区人民政府办公室\n"
            "2021年8月9日\n某区国民经济和社会发展\n第十四个五年规划和\n二〇三五年远景目标纲要任务分工方案\n"
            "一、目标\n（一）提升质量。（区发改委牵头）\n" + FILLER)
    assert _cleaned(text)[1].meta["title"] == "某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要任务分工方案"
    banner = ("法搜网--中国法律信息搜索网\n某市人民政府关于印发重点工作任务分解意见的通知\n各区人民政府：\n"
              "经市政府同意，现将《重点工作任务分解意见》印发你们。\n二○一一年四月六日\n重点工作任务分解意见\n"
              "一、目标\n（一）提升质量。（市发改委牵头）\n" + FILLER)
    meta = _cleaned(banner)[1].meta
    assert meta["notice_title"] == "某市人民政府关于印发重点工作任务分解意见的通知" and meta["issuer"] == "某市人民政府"


@pytest.mark.parametrize("question", ["这个分工方案是哪天发下来的？", "这份通知什么时候发下来的？"])
def test_sent_down_asks_the_date(question):
    from indexer.answers.document_answers import asked_field
    assert asked_field(question) == "date"


def test_a_labelled_list_answers_in_its_own_words(tmp_path):
    """answering: a list read from its label (责任单位：A、B(列第一位的为牵头单位,下同)) is quoted after a colon, not as
    由责任单位：…, and a note closing it keeps its bracket; a bracketed clause ((A牵头，B参与)) loses its own."""
    kb = _one_document_kb(tmp_path, "某市2023年重点工作责任分解\n一、重点工作\n1.全面推进老旧小区加装电梯工作。\n"
                                    "责任单位:市住房城乡建设局、市财政局(列第一位的为牵头单位,下同)\n"
                                    "2.全面推进农村生活污水治理。\n（市生态环境局牵头，市农业农村局参与）\n" + FILLER)
    labelled = kb.ask("老旧小区加装电梯由哪个部门牵头？")
    assert labelled.lead == ["市住房城乡建设局"]
    assert "：责任单位:市住房城乡建设局、市财政局(列第一位的为牵头单位,下同)" in labelled.answer
    assert "由责任单位" not in labelled.answer
    clause = kb.ask("农村生活污水治理由哪个部门牵头？")
    assert clause.lead == ["市生态环境局"] and "由市生态环境局牵头，市农业农村局参与。" in clause.answer


def test_a_place_the_question_names_chooses_its_documents(tmp_path):
    """kb.placed_documents / routing: in a library of several places' documents, the place a question names (白河市的…)
    makes that place's documents answer, their words weighed as in the whole library; a place no document is
    issued for, or a library of one place, changes nothing."""
    from indexer.config import load_settings
    from indexer.kb import KnowledgeBase
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "青川市人民政府办公室关于加强物业管理工作的通知\n各区人民政府：\n现就加强物业管理工作通知如下。\n"
        "一、健全机制\n（一）联席会议。物业管理联席会议由市住建局负责召集，物业管理联席会议每季度召开一次，"
        "研究物业管理联席会议议定事项。\n（二）宣传。开展物业管理宣传活动。\n", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text(
        "白河市人民政府办公室关于加强物业管理工作的通知\n各县区人民政府：\n现就加强物业管理工作通知如下。\n"
        "一、健全机制\n（一）会议。物业管理联席会议由市房管局召集。\n（二）培训。开展物业服务企业培训。\n", encoding="utf-8")
    kb = KnowledgeBase.open([tmp_path / "docs"], tmp_path / "idx", load_settings(embed_model="none"), progress=False,
                            log=lambda m: None)
    assert sorted(kb.placed_documents("白河市的物业管理联席会议由谁召集？")) == ["b"]
    assert kb.placed_documents("黄石市的物业管理联席会议由谁召集？") == []
    assert kb.ask("白河市的物业管理联席会议由谁召集？").bureaus == ["市房管局"]
    assert kb.ask("青川市的物业管理联席会议由谁召集？").bureaus == ["市住建局"]
    assert kb.ask("物业管理联席会议由谁召集？").bureaus == ["市住建局"]      # no place named: the closer text
    # the place's documents hold nothing on it: the others answer, and the answer says so
    other = kb.ask("白河市的物业管理宣传活动由谁开展？")
    assert other.found and other.citations[0].unit_id.startswith("a#")
    assert any("白河市的文件中没有找到依据" in n for n in other.notes)
    # a document filter leaving out the place's documents: no place to search first, nothing to say about it
    from indexer.types import DocFilter
    filtered = kb.ask("白河市的物业管理宣传活动由谁开展？", doc_filter=DocFilter(doc_ids=("a",)))
    assert filtered.found and not any("白河市" in n for n in filtered.notes)
