import json, re, collections
SPLIT = "fresh3"
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
ITEM = re.compile(r'^(\d+)[\.．、]')
def parse(body):
    out, off, stack, att = [], 0, {}, False
    for line in body.split('\n'):
        pos = off; off += len(line) + 1
        t = line.strip()
        if not t: continue
        if re.match(r'^附件[：:]?\d*$', t):
            att = True; out.append(('附件', 0, pos)); continue
        if att: continue
        m = PART.match(t)
        if m: lab = m.group(1) + '、'; stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = ART.match(t)
        if m:
            lab = stack.get(1, '') + '（%s）' % m.group(1); stack = {k: v for k, v in stack.items() if k < 2}; stack[2] = lab
            out.append((lab, 2, pos)); continue
        m = ITEM.match(t)
        if m:
            par = stack.get(2) or stack.get(1, '')
            lab = par + m.group(1) + '.'; stack = {k: v for k, v in stack.items() if k < 3}; stack[3] = lab
            out.append((lab, 3, pos)); continue
    return out
def spans(body, heads):
    res = {}
    for i, (lab, lv, st) in enumerate(heads):
        end = len(body)
        for lab2, lv2, st2 in heads[i + 1:]:
            if lv2 <= lv: end = st2; break
        res[lab] = (res[lab][0], end) if lab in res else (st, end)
    return res

REPO = "zhiyao87/Shanghai-Gov-Docs-Index"
DOCS = {
 "sh-shijianju-ranqi-2023": dict(key="ranqi",
   title="上海市市场监督管理局关于印发《上海市市场监管系统城镇燃气安全专项整治实施方案》的通知",
   issuer="上海市市场监督管理局 (signed in the text)",
   doc_number="沪市监特种〔2023〕414号 (repository metadata only; not printed in the text)",
   date="2023-08-25",
   path="docs/市政与基础设施/上海市市场监督管理局关于印发《上海市市场监管系统城镇燃气安全专项整治实施方案》的通知.md",
   commit="49f4bb7b24691276dec660a576f20a54a0c46b63", fid="68649609347",
   url="https://www.shanghai.gov.cn/zhengce/detail?businessId=2c984a728b800c24018b8447a8151489&siteId=0019", total=9180,
   extra="The document has no table. Items are numbered with a full-width stop (`1．`), written `1.` in label paths. The two attachments (a liaison list and a statistics form) are given by title only in the page text (`附件：` followed by their titles); their forms are not part of the text."),
 "sh-songjiang-gengxin-2025": dict(key="songjiang",
   title="上海市松江区人民政府办公室关于转发区建设管理委制订的《松江区城市更新2025年度实施计划》的通知",
   issuer="上海市松江区人民政府办公室 (repository metadata; the covering notice in the text carries no signature, only the date)",
   doc_number="沪松府办〔2025〕31号 (repository metadata only; not printed in the text)",
   date="2025-07-15",
   path="docs/城市更新与历史保护/上海市松江区人民政府办公室关于转发区建设管理委制订的《松江区城市更新2025年度实施计划》的通知.md",
   commit="49f4bb7b24691276dec660a576f20a54a0c46b63", fid="68502025686",
   url="https://www.shanghai.gov.cn/zhengce/detail?businessId=00fa808bacf14a3190ed1c245210d57f&siteId=0082", total=2749,
   extra="The document has no table. The 22 tasks are numbered 1.–22. continuously across the six articles （一）–（六） of part 一、 (label paths such as `一、（二）3.`)."),
 "sh-shijianju-huozai-2022": dict(key="huozai",
   title="上海市市场监督管理局 上海市消防救援总队关于建立电动自行车火灾事故调查联动机制的通知",
   issuer="上海市市场监督管理局、上海市消防救援总队 (both signed in the text; repository metadata gives 上海市市场监督管理局)",
   doc_number="沪市监产质〔2022〕22号 (repository metadata only; not printed in the text)",
   date="2022-01-11",
   path="docs/消防与人防/上海市市场监督管理局 上海市消防救援总队关于建立电动自行车火灾事故调查联动机制的通知.md",
   commit="1a5b8a1490d179c97614bb7dc62d44efbe8b339a", fid="68502686727",
   url="https://www.shanghai.gov.cn/zhengce/detail/0019::2c9bf2f67e582626017e70f51ff46888", total=2402,
   extra="The document has no table. The attachment (《电动自行车火灾事故联动调查信息表》, a blank form) is given by title only in the page text."),
 "sh-shijianju-youle-2024": dict(key="youle",
   title="上海市市场监督管理局 上海市文化和旅游局 上海市绿化和市容管理局 上海市体育局关于印发《大型游乐设施运营使用单位跨部门综合监管“一件事”改革实施方案》的通知",
   issuer="上海市市场监督管理局、上海市文化和旅游局、上海市绿化和市容管理局、上海市体育局 (all four signed in the text; repository metadata gives 上海市市场监督管理局)",
   doc_number="沪市监特种〔2024〕167号 (repository metadata only; not printed in the text)",
   date="2024-04-15",
   path="docs/市容绿化与景观/上海市市场监督管理局 上海市文化和旅游局 上海市绿化和市容管理局 上海市体育局关于印发《大型游乐设施.md",
   commit="49f4bb7b24691276dec660a576f20a54a0c46b63", fid="68487511209",
   url="https://www.shanghai.gov.cn/zhengce/detail?businessId=2c984a728ee0ba36018ef3fd47493293&siteId=0019", total=2962,
   extra="Attachments 附件1 and 附件2 are empty form templates: in the source each is a title followed by its column headers, one per line (序号 / 检查对象 / …), with no rows; they are kept exactly as found (not reformatted). The covering notice's missing final full stop (`请认真贯彻执行`) is kept as found."),
}
ORDER = list(DOCS)
# clauses: (unit, quote, bodies, lead, support, form, note)
C = {}
d = "sh-shijianju-ranqi-2023"
ZY = "按职责分工负责"
C[d] = [
 ("二、（一）1.", "以下均需区市场监管局落实，市局执法总队负责上海化学工业区内的特种设备相关监管工作，不再单独列出", [], [], [], "convention",
  "document-wide convention inside the first tail: every later task is also implemented by 区市场监管局, and 市局执法总队 handles 上海化学工业区; later tails name only the 市局 处室"),
 ("二、（一）1.", "（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责；区市场监管局组织落实。以下均需区市场监管局落实，市局执法总队负责上海化学工业区内的特种设备相关监管工作，不再单独列出）",
  ["市局特种设备安全监察处", "执法稽查处", "信用监督管理处", "区市场监管局", "市局执法总队"], ["市局特种设备安全监察处"], [], "tail-lead",
  "按职责分工负责 / 组织落实 bodies are neither lead nor 配合; 市局执法总队 is named for 上海化学工业区 only"),
 ("二、（一）2.", "（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责）", ["市局特种设备安全监察处", "执法稽查处", "信用监督管理处"], ["市局特种设备安全监察处"], [], "tail-lead", "区市场监管局 implied by the convention, not repeated"),
 ("二、（一）3.", "（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责）", ["市局特种设备安全监察处", "执法稽查处", "信用监督管理处"], ["市局特种设备安全监察处"], [], "tail-lead", None),
 ("二、（一）4.", "（市局特种设备安全监察处牵头，执法稽查处、信用监督管理处、反不正当竞争处按职责分工负责）", ["市局特种设备安全监察处", "执法稽查处", "信用监督管理处", "反不正当竞争处"], ["市局特种设备安全监察处"], [], "tail-lead", None),
 ("二、（二）1.", "（市局产品质量安全监督管理处牵头，特种设备安全监察处、信用监督管理处按职责分工负责）", ["市局产品质量安全监督管理处", "特种设备安全监察处", "信用监督管理处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("二、（二）2.", "（市局产品质量安全监督管理处牵头，信用监督管理处按职责分工负责）", ["市局产品质量安全监督管理处", "信用监督管理处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("二、（二）3.", "（市局产品质量安全监督管理处负责）", ["市局产品质量安全监督管理处"], [], [], "tail", None),
 ("二、（二）4.", "（市局产品质量安全监督管理处牵头，认证监督管理处、网络交易和市场规范监督管理处、信用监督管理处、反不正当竞争处按职责分工负责）", ["市局产品质量安全监督管理处", "认证监督管理处", "网络交易和市场规范监督管理处", "信用监督管理处", "反不正当竞争处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("二、（二）5.", "（市局产品质量安全监督管理处牵头，认证监督管理处按职责分工负责）", ["市局产品质量安全监督管理处", "认证监督管理处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("二、（三）1.", "（市局特种设备安全监察处牵头，信用监督管理处、反不正当竞争处按职责分工负责）", ["市局特种设备安全监察处", "信用监督管理处", "反不正当竞争处"], ["市局特种设备安全监察处"], [], "tail-lead", None),
 ("二、（三）2.", "（市局特种设备安全监察处牵头，信用监督管理处按职责分工负责）", ["市局特种设备安全监察处", "信用监督管理处"], ["市局特种设备安全监察处"], [], "tail-lead", None),
 ("二、（四）1.", "（市局特种设备安全监察处、产品质量安全监督管理处、认证监督管理处、网络交易和市场规范监督管理处、反垄断和价格监督检查办公室、执法稽查处、反不正当竞争处按职责分工负责）", ["市局特种设备安全监察处", "产品质量安全监督管理处", "认证监督管理处", "网络交易和市场规范监督管理处", "反垄断和价格监督检查办公室", "执法稽查处", "反不正当竞争处"], [], [], "tail", None),
 ("二、（四）2.", "（市局特种设备安全监察处、产品质量安全监督管理处、执法稽查处、网络交易和市场规范监督管理处、信用监督管理处、反不正当竞争处按职责分工负责）", ["市局特种设备安全监察处", "产品质量安全监督管理处", "执法稽查处", "网络交易和市场规范监督管理处", "信用监督管理处", "反不正当竞争处"], [], [], "tail", None),
 ("三、（一）1.", "（市局特种设备安全监察处负责）", ["市局特种设备安全监察处"], [], [], "tail", None),
 ("三、（一）2.", "（市局产品质量安全监督管理处负责）", ["市局产品质量安全监督管理处"], [], [], "tail", None),
 ("三、（二）", "（市局反垄断和价格监督检查办公室负责）", ["市局反垄断和价格监督检查办公室"], [], [], "tail", None),
 ("三、（三）1.", "（市局特种设备安全监察处负责）", ["市局特种设备安全监察处"], [], [], "tail", None),
 ("三、（三）2.", "（市局产品质量安全监督管理处牵头，认证监督管理处按职责分工负责）", ["市局产品质量安全监督管理处", "认证监督管理处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("三、（四）1.", "（市局特种设备安全监察处牵头，信用监督管理处按职责分工负责）", ["市局特种设备安全监察处", "信用监督管理处"], ["市局特种设备安全监察处"], [], "tail-lead", None),
 ("三、（四）2.", "（市局产品质量安全监督管理处牵头，认证监督管理处、信用监督管理处按职责分工负责）", ["市局产品质量安全监督管理处", "认证监督管理处", "信用监督管理处"], ["市局产品质量安全监督管理处"], [], "tail-lead", None),
 ("三、（五）", "（市局特种设备安全监察处、产品质量安全监督管理处、标准技术管理处按职责分工负责）", ["市局特种设备安全监察处", "产品质量安全监督管理处", "标准技术管理处"], [], [], "tail", None),
 ("三、（六）", "（市局新闻宣传处牵头，执法稽查处、网络交易和市场规范监督管理处、信用监督管理处、反垄断和价格监督检查办公室、产品质量安全监督管理处、消费者权益保护处、特种设备安全监察处、标准技术管理处、认证监督管理处按职责分工负责）",
  ["市局新闻宣传处", "执法稽查处", "网络交易和市场规范监督管理处", "信用监督管理处", "反垄断和价格监督检查办公室", "产品质量安全监督管理处", "消费者权益保护处", "特种设备安全监察处", "标准技术管理处", "认证监督管理处"], ["市局新闻宣传处"], [], "tail-lead", None),
 ("五、（一）", "成立市局市场监管领域城镇燃气安全专项整治工作专班，负责统筹市局各单位（部门），指导各区市场监管局开展专项整治行动，及时协调解决专项整治中的重大问题。", ["市局市场监管领域城镇燃气安全专项整治工作专班"], [], [], "fuze-sentence",
  "the body is set up by the sentence itself (成立…，负责…); 各区市场监管局 is the object"),
]
d = "sh-songjiang-gengxin-2025"
def sj(unit, quote, lead, sup, note=None):
    return (unit, quote, lead + sup, lead, sup, "tail-lead", note)
GN = "相关街镇 (generic, like 有关部门) left out"
C[d] = [
 sj("一、（一）1.", "（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区建设管理委、区经委）", ["经济技术开发区", "九里亭街道"], ["区规划资源局", "区建设管理委", "区经委"], "支撑单位 taken as partners (support)"),
 sj("一、（一）2.", "（牵头单位：永丰街道、泗泾镇，支撑单位：区文化旅游局、区规划资源局、区建设管理委）", ["永丰街道", "泗泾镇"], ["区文化旅游局", "区规划资源局", "区建设管理委"]),
 sj("一、（二）3.", "（牵头单位：区住房保障房屋管理局、相关街镇）", ["区住房保障房屋管理局"], [], GN),
 sj("一、（二）4.", "（牵头单位：区住房保障房屋管理局、相关街镇）", ["区住房保障房屋管理局"], [], GN),
 sj("一、（二）5.", "（牵头单位：区住房保障房屋管理局、相关街镇）", ["区住房保障房屋管理局"], [], GN),
 sj("一、（三）6.", "（牵头单位：区规划资源局、相关街镇）", ["区规划资源局"], [], GN),
 sj("一、（三）7.", "（牵头单位：区绿化市容局，支撑单位：相关街镇）", ["区绿化市容局"], [], GN),
 sj("一、（三）8.", "（牵头单位：区建设管理委）", ["区建设管理委"], []),
 sj("一、（三）9.", "（牵头单位：区水务局）", ["区水务局"], []),
 sj("一、（三）10.", "（牵头单位：区水务局）", ["区水务局"], []),
 sj("一、（三）11.", "（牵头单位：区建设管理委）", ["区建设管理委"], []),
 sj("一、（三）12.", "（牵头单位：区交通委）", ["区交通委"], []),
 sj("一、（三）13.", "（牵头单位：区交通委）", ["区交通委"], []),
 sj("一、（三）14.", "（牵头单位：区绿化市容局，支撑单位：经开区）", ["区绿化市容局"], ["经开区"]),
 sj("一、（三）15.", "（牵头单位：区建设管理委）", ["区建设管理委"], []),
 sj("一、（四）16.", "（牵头单位：岳阳街道、永丰街道、泗泾镇，支撑单位：区文化旅游局）", ["岳阳街道", "永丰街道", "泗泾镇"], ["区文化旅游局"]),
 sj("一、（四）17.", "（牵头单位：中山街道、永丰街道、泗泾镇）", ["中山街道", "永丰街道", "泗泾镇"], []),
 sj("一、（五）18.", "（牵头单位：区规划资源局、区经委、区国资委）", ["区规划资源局", "区经委", "区国资委"], []),
 sj("一、（五）19.", "（牵头单位：区经委、佘山镇、车墩镇）", ["区经委", "佘山镇", "车墩镇"], []),
 sj("一、（五）20.", "（牵头单位：九亭镇）", ["九亭镇"], []),
 sj("一、（六）21.", "（牵头单位：区经委）", ["区经委"], []),
 sj("一、（六）22.", "（牵头单位：区经委、岳阳街道）", ["区经委", "岳阳街道"], []),
]
d = "sh-shijianju-huozai-2022"
C[d] = [
 ("二、（一）", "市市场监管局负责协调、指导全市市场监管部门对火灾事故调查中发现的电动自行车及配件质量安全问题线索开展追溯调查。", ["市市场监管局"], [], [], "fuze-sentence", None),
 ("二、（一）", "市市场监管局执法总队、机场分局和各区市场监管局依职责承担电动自行车及配件质量安全问题追溯调查和违法行为查处工作，根据需要配合消防救援机构开展火灾事故调查。", ["市市场监管局执法总队", "机场分局", "各区市场监管局"], [], [], "fuze-sentence",
  "承担 = responsible; their 配合 is towards 消防救援机构 (a generic function), so no support is recorded"),
 ("二、（二）", "市消防救援总队负责协调、指导全市消防救援机构开展电动自行车火灾事故调查工作。", ["市消防救援总队"], [], [], "fuze-sentence", None),
 ("二、（二）", "消防救援支队、大队承担电动自行车火灾事故调查工作，负责向火灾发生地区级市场监管部门通报火灾事故调查信息，根据需要组织开展火灾事故延伸调查，联合市场监管部门开展监督检查。", ["消防救援支队", "大队"], [], [], "fuze-sentence",
  "doubtful: 消防救援支队、大队 are named by level, not as one specific unit; kept because the article assigns them distinct duties"),
]
d = "sh-shijianju-youle-2024"
C[d] = [
 ("三、（一）", "市市场监管局、市文化旅游局、市绿化市容局、市体育局积极指导、推动试点区整合监管资源，严格按照规范要求开展大型游乐设施运营使用单位跨部门综合监管，形成可复制、可推广的工作机制。", ["市市场监管局", "市文化旅游局", "市绿化市容局", "市体育局"], [], [], "fuze-sentence", "a bare list of four 市 bodies: no lead"),
 ("三、（一）", "试点区由区市场监管局牵头，探索制定跨部门综合监管规则，形成统一的综合检查单，出台一册合规经营指南，尝试运用“特种设备码”开展智慧监管，打造辖区大型游乐设施综合监管示范点位，并在2024年12月底前总结试点经验和成果。", ["区市场监管局"], ["区市场监管局"], [], "sentence-lead",
  "the next sentence (相关区文化旅游、体育、绿化市容等部门要…报送区市场监管局) names bodies only by function and is not annotated"),
 ("三、（二）", "由市市场监管局牵头建立本市大型游乐设施运营使用单位重点监管名录，理顺专业监管和行业监管的职责边界，制定跨部门综合监管规则，形成统一的综合检查单，出台一册合规经营指南，并开发大型游乐设施运营使用单位跨部门综合监管应用场景，全面推广“特种设备码”。", ["市市场监管局"], ["市市场监管局"], [], "sentence-lead", None),
 ("三、（二）", "市文化旅游局、市绿化市容局、市体育局要积极完成信息化系统数据对接，发挥行业主管部门优势，健全信用奖惩机制，推广一册合规经营指南，鼓励行业企业及相关单位应用新兴技术，提高设备运行水平和安全管理能级。", ["市文化旅游局", "市绿化市容局", "市体育局"], [], [], "fuze-sentence", None),
]
# questions
def R(q, u, b, l, st, note=None): return dict(question=q, intent="responsibility", gold_units=[u], gold_bodies=b, gold_lead=l, style=st, note=note)
def F(q, u, fig, st, note=None): return dict(question=q, intent="fact", gold_units=[u], figure=fig, style=st, note=note)
def B(q, body, st, note=None): return dict(question=q, intent="bureau_tasks", body=body, gold_units=None, style=st, note=note)
def D(q, fig, st, note=None): return dict(question=q, intent="document", gold_units=[], figure=fig, style=st, note=note)
def U(q, intent, st, note, body=None):
    o = dict(question=q, intent=intent, answerable=False, gold_units=[], style=st, note=note)
    if body: o["body"] = body
    return o
def Q_(q, u, st, note=None): return dict(question=q, intent="requirement", gold_units=[u], style=st, note=note)
Q = {}
d = "sh-shijianju-ranqi-2023"
Q[d] = [
 R("加强燃气器具生产单位全覆盖监督抽查由哪个处室负责？", "二、（二）3.", ["市局产品质量安全监督管理处"], [], "doc"),
 R("燃气安装乱收费的事，市场监管局里归哪个部门管？", "三、（二）", ["市局反垄断和价格监督检查办公室"], [], "everyday"),
 R("燃气安全宣传教育由哪个处室牵头，哪些处室按职责分工负责？", "三、（六）",
   ["市局新闻宣传处", "执法稽查处", "网络交易和市场规范监督管理处", "信用监督管理处", "反垄断和价格监督检查办公室", "产品质量安全监督管理处", "消费者权益保护处", "特种设备安全监察处", "标准技术管理处", "认证监督管理处"], ["市局新闻宣传处"], "doc"),
 R("查处“问题瓶”谁牵头？还有哪些处室一起管？", "二、（一）4.", ["市局特种设备安全监察处", "执法稽查处", "信用监督管理处", "反不正当竞争处"], ["市局特种设备安全监察处"], "everyday",
   "区市场监管局 (convention, 以下均需区市场监管局落实) not counted"),
 R("支持制修订燃气相关标准这项工作由哪些处室负责？", "三、（五）", ["市局特种设备安全监察处", "产品质量安全监督管理处", "标准技术管理处"], [], "doc"),
 B("市场监管局认证监督管理处在这次燃气整治里要管哪些事？", "认证监督管理处", "everyday"),
 F("集中攻坚阶段是从几月到几月？", "四、（一）", "2023年8月至11月", "everyday"),
 F("各区要在什么时间前把专项整治工作负责人、联络员名单报送市局？", "五、（五）", "2023年8月30日前", "doc"),
 D("这份实施方案的成文日期是哪天？", "2023年8月25日", "doc"),
 U("燃气器具监督抽查今年安排了多少经费？", "fact", "everyday", "the text only says 加大产品监督抽查经费投入; no amount"),
 U("市局特种设备安全监察处的处长叫什么名字？", "other", "doc", "no person is named (only the switchboard numbers)"),
 Q_("对符合国家标准的气液两相燃气气瓶有什么标识要求？", "二、（一）4.", "doc"),
]
d = "sh-songjiang-gengxin-2025"
Q[d] = [
 R("经开区中部松东路以西区域、九里亭秀浜城市更新项目的牵头单位和支撑单位是谁？", "一、（一）1.", ["经济技术开发区", "九里亭街道", "区规划资源局", "区建设管理委", "区经委"], ["经济技术开发区", "九里亭街道"], "doc"),
 R("松江今年那7公里老燃气管子改造归谁牵头？", "一、（三）8.", ["区建设管理委"], ["区建设管理委"], "everyday"),
 R("王槐亭宅、沈氏宅、张逸盛宅这些老房子修缮谁牵头、谁支撑？", "一、（四）16.", ["岳阳街道", "永丰街道", "泗泾镇", "区文化旅游局"], ["岳阳街道", "永丰街道", "泗泾镇"], "everyday"),
 R("区管桥梁桥下空间整治的牵头单位是哪个？", "一、（三）12.", ["区交通委"], ["区交通委"], "doc"),
 R("原卜蜂莲花那个大橘邻里商圈改造由谁牵头？", "一、（六）22.", ["区经委", "岳阳街道"], ["区经委", "岳阳街道"], "everyday"),
 B("区经委在2025年度城市更新实施计划中牵头或支撑哪些任务？", "区经委", "doc", "includes item 1. where 区经委 is a 支撑单位"),
 F("2025年要完成旧住房修缮更新多少？", "一、（二）4.", "60万平方米", "everyday"),
 F("既有多层住宅加装电梯开工和完工的目标是多少台？", "一、（二）5.", "25台", "doc"),
 D("转发这份实施计划的通知落款日期是哪天？", "2025年7月15日", "doc"),
 U("城市更新项目每平方米能拿多少财政补贴？", "fact", "everyday", "no subsidy amount in the text"),
 U("区市场监管局在这份城市更新计划里负责哪些任务？", "bureau_tasks", "doc", "区市场监管局 is never named", body="区市场监管局"),
]
d = "sh-shijianju-huozai-2022"
Q[d] = [
 R("谁负责协调、指导全市市场监管部门对电动自行车质量安全问题线索开展追溯调查？", "二、（一）", ["市市场监管局"], [], "doc"),
 R("电动车和电池、充电器出了质量问题，追溯调查和查处具体由哪些单位来做？", "二、（一）", ["市市场监管局执法总队", "机场分局", "各区市场监管局"], [], "everyday"),
 R("全市消防救援机构的电动车火灾调查由谁来协调指导？", "二、（二）", ["市消防救援总队"], [], "everyday"),
 R("由谁负责向火灾发生地区级市场监管部门通报火灾事故调查信息？", "二、（二）", ["消防救援支队", "大队"], [], "doc", "doubtful bodies (named by level); see the clause note"),
 B("市市场监管局在这个联动机制里承担什么职责？", "市市场监管局", "doc", "sentences where 市市场监管局 only receives reports (每月报送市市场监管局) are not responsibility"),
 F("死亡几人以上的电动自行车火灾事故调查信息要随时上报？", "四、（三）", "1人（含）以上", "doc"),
 F("市场监管和消防的联络员队伍分几级？", "三、（一）", "三级", "everyday"),
 D("这份通知是哪天发的？", "2022年1月11日", "everyday", "date printed under the signatures"),
 U("电动自行车火灾事故延伸调查的经费由哪个部门承担？", "responsibility", "doc", "no funding is mentioned"),
 U("火灾联动调查要求几天内办结？", "fact", "everyday", "no time limit in days is given"),
 Q_("接到消防救援机构通报后，市场监管部门要做什么？", "三、（一）", "everyday"),
]
d = "sh-shijianju-youle-2024"
Q[d] = [
 R("试点探索阶段由哪些市级部门指导、推动试点区整合监管资源？", "三、（一）", ["市市场监管局", "市文化旅游局", "市绿化市容局", "市体育局"], [], "doc"),
 R("试点区里跨部门综合监管规则谁牵头去探索制定？", "三、（一）", ["区市场监管局"], ["区市场监管局"], "everyday"),
 R("全市推广阶段，大型游乐设施运营使用单位重点监管名录由哪个部门牵头建立？", "三、（二）", ["市市场监管局"], ["市市场监管局"], "doc"),
 R("游乐设施监管的信息化系统数据对接要哪些部门去完成？", "三、（二）", ["市文化旅游局", "市绿化市容局", "市体育局"], [], "everyday"),
 B("市体育局在这项“一件事”改革中要做哪些事？", "市体育局", "doc"),
 dict(question="“一件事”改革先在哪两个区试点？", intent="fact", gold_units=["三、（一）", "三、（二）"], figure="浦东新区、松江区", style="everyday", note="the two districts are named in both articles"),
 F("检查事项清单和合规经营指南清单要在什么时间前报送区市场监管局？", "三、（一）", "2024年6月底前", "doc"),
 D("这份实施方案印发通知的落款日期是哪天？", "2024年4月15日", "doc"),
 U("大型游乐设施运营单位违规最高罚款多少？", "fact", "everyday", "no penalty amounts in the text"),
 U("游乐设施的定期检验由哪家检验机构承担？", "responsibility", "everyday", "no inspection body is named"),
 Q_("大型游乐设施跨部门综合监管改革的工作目标是什么？", "一、", "doc"),
]
# ---------- build + check
errs = []; clauses = []; questions = []; summary = {}
for d in ORDER:
    m = DOCS[d]
    fm = open('fm_%s.txt' % m["key"], encoding='utf-8').read()
    body = open('body_%s.txt' % m["key"], encoding='utf-8').read()
    if len(fm) + len(body) != m["total"]: errs.append(("length", d))
    hdr = ("title: %s\nissuer: %s\ndoc_number: %s\ndate: %s\nsource: %s/%s (commit %s; code index file id %s; read in full with read_file from the code-search index; text extracted by that repo from %s). "
           "Copied from the `# title` line on; the repository's YAML front matter and disclaimer left out (%d + %d = %d characters, the file's total). %s\ncompleteness: full\n---\n") % (
        m["title"], m["issuer"], m["doc_number"], m["date"], REPO, m["path"], m["commit"], m["fid"], m["url"], len(fm), len(body), m["total"], m["extra"])
    full = hdr + body
    open('../docs/%s.txt' % d, 'w', encoding='utf-8').write(full)
    b2 = full[full.index('\n---\n') + 5:]
    assert b2 == body
    heads = parse(body); sp = spans(body, heads); labels = set(sp)
    for (u, q, bs, l, s, f, n) in C[d]:
        o = {"doc": d, "unit": u, "quote": q, "bodies": bs, "lead": l, "support": s, "form": f}
        if n: o["note"] = n
        o["split"] = SPLIT; clauses.append(o)
        if u not in labels: errs.append(("unit?", d, u)); continue
        st, en = sp[u]
        pos = [mm.start() for mm in re.finditer(re.escape(q), body)]
        if not pos: errs.append(("quote not in text", d, q[:30])); continue
        if not any(st <= p and p + len(q) <= en for p in pos): errs.append(("quote outside unit", d, u, q[:30]))
        last = -1
        for x in bs:
            i = q.find(x, last + 1 if last >= 0 else 0)
            if i < 0: errs.append(("body not in quote/order", d, x, q[:20])); continue
            last = i
        for x in l + s:
            if x not in bs: errs.append(("lead/support not in bodies", d, x))
    for n_, qq in enumerate(Q[d], 1):
        if qq["intent"] == "bureau_tasks" and qq.get("answerable", True):
            units = []
            for c in clauses:
                if c["doc"] == d and qq["body"] in c["bodies"] and c["unit"] not in units: units.append(c["unit"])
            units.sort(key=lambda u: sp[u][0]); qq["gold_units"] = units
        o = {"id": "%s-%s-%02d" % (SPLIT, d, n_), "doc": d, "question": qq["question"], "intent": qq["intent"],
             "answerable": qq.get("answerable", True), "gold_units": qq["gold_units"]}
        for k in ("gold_bodies", "gold_lead", "body", "figure"):
            if k in qq: o[k] = qq[k]
        o["style"] = qq["style"]; o["split"] = SPLIT
        if qq.get("note"): o["note"] = qq["note"]
        questions.append(o)
        for u in o["gold_units"]:
            if u not in labels: errs.append(("q unit?", o["id"], u))
        if not o["answerable"]:
            if o["gold_units"]: errs.append(("unans units", o["id"]))
            if o.get("body") and o["body"] in body: errs.append(("unanswerable body present", o["id"]))
            continue
        if o["intent"] == "fact":
            if not any(o["figure"] in body[sp[u][0]:sp[u][1]] for u in o["gold_units"]): errs.append(("figure not in unit", o["id"]))
            if body.count(o["figure"]) != len(o["gold_units"]): errs.append(("figure count != 1 (check)", o["id"], body.count(o["figure"])))
        if o["intent"] == "document" and o["figure"] not in body: errs.append(("doc figure not in text", o["id"]))
        if o["intent"] == "responsibility":
            if not any(c["doc"] == d and c["unit"] in o["gold_units"] and c["bodies"] == o["gold_bodies"] and c["lead"] == o["gold_lead"] for c in clauses):
                errs.append(("resp gold != any clause", o["id"]))
        if o["question"] in body: errs.append(("question copies text", o["id"]))
    summary[d] = (sum(1 for c in clauses if c["doc"] == d), sum(1 for q in questions if q["doc"] == d), [l for l, _, _ in heads])
with open('../clauses.jsonl', 'w', encoding='utf-8') as f:
    for c in clauses: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open('../questions.jsonl', 'w', encoding='utf-8') as f:
    for q in questions: f.write(json.dumps(q, ensure_ascii=False) + '\n')
for fn in ('../clauses.jsonl', '../questions.jsonl'):
    for line in open(fn, encoding='utf-8'): json.loads(line)
print("errors:", len(errs))
for e in errs: print(e)
for d, (nc, nq, hs) in summary.items(): print(d, "clauses", nc, "questions", nq); print("  ", " ".join(hs))
print(collections.Counter((q["doc"][:22], q["style"]) for q in questions))
print(collections.Counter(q["intent"] for q in questions))
