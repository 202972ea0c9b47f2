# Builds eval/fresh4/docs/*.txt, questions.jsonl and clauses.jsonl from the raw copies in this folder and checks them.
# Run from this folder with the system python:  cd eval/fresh4/_check && python3 build.py > build.log
import json, re, html, collections, datetime
SPLIT = "fresh4"
PART = re.compile(r'^([一二三四五六七八九十]+)、')
ART = re.compile(r'^[（(]([一二三四五六七八九十]+)[）)]')
ITEM = re.compile(r'^(\d+)[\.．、]')
SUB = re.compile(r'^[（(](\d+)[）)]')
ATT = re.compile(r'^附件(\d*[：:]|\d*$)')


def parse(body):
    """Heading labels of the body: (label, level, start offset). Text before the first heading is 前言;
    everything after a line 附件：… / 附件N is 附件."""
    out, off, stack, att = [('前言', 0, 0)], 0, {}, False
    for line in body.split('\n'):
        pos = off; off += len(line) + 1
        t = line.strip()
        if not t: continue
        if ATT.match(t):
            if not att: out.append(('附件', 0, pos))
            att = True; continue
        if att: continue
        m = PART.match(t)
        if m:
            lab = m.group(1) + '、'; stack = {1: lab}; out.append((lab, 1, pos)); continue
        m = ART.match(t)
        if m:
            lab = stack.get(1, '') + '（%s）' % m.group(1); stack = {k: v for k, v in stack.items() if k < 2}; stack[2] = lab
            out.append((lab, 2, pos)); continue
        m = ITEM.match(t)
        if m:
            par = stack.get(2) or stack.get(1, '')
            lab = par + m.group(1) + '.'; stack = {k: v for k, v in stack.items() if k < 3}; stack[3] = lab
            out.append((lab, 3, pos)); continue
        m = SUB.match(t)
        if m and 3 in stack:
            lab = stack[3] + '（%s）' % m.group(1); stack[4] = lab
            out.append((lab, 4, pos)); continue
    return out


def spans(body, heads):
    res = {}
    for i, (lab, lv, st) in enumerate(heads):
        end = len(body)
        for lab2, lv2, st2 in heads[i + 1:]:
            if lab == '前言' or lv2 <= lv: end = st2; break
        res[lab] = (res[lab][0], end) if lab in res else (st, end)
    return res


def gz_body(raw):
    """The row's content column: HTML tags removed, one paragraph per line, leading/trailing blanks removed,
    with the row's title field as first line (as ../fresh/docs/gz-*.txt)."""
    paras = []
    for seg in raw['html'].split('</p>'):
        t = html.unescape(re.sub(r'<[^>]+>', '', seg)).strip(' \t\n\r\u3000\u00a0')
        if t: paras.append(t)
    return raw['title'] + '\n\n' + '\n'.join(paras) + '\n'


REPO = "zhiyao87/Shanghai-Gov-Docs-Index"
GZ = "code index file id 31843635488 (MySQL dump of a Guangzhou company website, table `post`; repository name not shown by the index; the same dump as ../unseen gz-rencai-2012 and ../fresh gz-keji-2012, gz-minsheng-2012)"
DOCS = {
 "gz-dangjian-2012": dict(kind="gz", raw="raw_gz_dangjian.json", row=29, posted=1388642437,
   title="关于推进党建创新工程的实施意见",
   extra="read with read_file at offsets 44,000 and 60,000 (the row crosses the page boundary inside item 23; the joint '开展党员联|系户活动' was checked with find_string at offset 59,995). The row holds 36 numbered items in eight parts (一、–八、); it ends with item 36 of 八、反腐倡廉行动计划 and has no closing part on safeguards: whether the published document went on cannot be checked here, the row is reproduced whole as stored.",
   completeness="full row as stored (see the note on the end of the row); no covering notice, issuer, 文号, signature or date in the source"),
 "gz-minzhu-2012": dict(kind="gz", raw="raw_gz_minzhu.json", row=44, posted=1389595683,
   title="关于推进民主法治建设的实施意见",
   extra="read with read_file at offset 76,000 (the whole row lies inside that page); two tails were checked with find_string (offsets 83,615 and 87,776). The row holds 35 numbered items in nine parts (一、–九、), the last part being 九、强化工作保障.",
   completeness="full (body of the implementation opinion as stored; no covering notice, issuer, 文号, signature or date in the source)"),
 "sh-wujing-jianzhulaji-2021": dict(kind="sh", raw="raw_wujing.json",
   title="关于进一步规范吴泾镇建筑垃圾治理的通知",
   issuer="闵行区吴泾镇人民政府 (signed in the text; repository metadata: 上海市闵行区吴泾镇人民政府)",
   doc_number="闵吴府发〔2021〕3号 (printed in the text under the title, and in the repository metadata)",
   date="2021-02-07 (signature date and 印发 date, both in the text)",
   path="docs/建筑垃圾与材料/关于进一步规范吴泾镇建筑垃圾治理的通知.md",
   commit="49f4bb7b24691276dec660a576f20a54a0c46b63", fid="68603588663",
   url="https://www.shanghai.gov.cn/zhengce/detail?businessId=41A52C5D-3697-11ED-91B4-34F90220F2FF&siteId=0079",
   extra="The document has no table. 二、职责分工 gives one labelled paragraph per body (（一）城运中心：… to （十）各村：…); 三、（一） has items 1.–3. with sub-items （1）–（3） (label paths such as `三、（一）1.（2）`). The attachment (吴泾镇建筑垃圾处置流程, a flow chart) is given by title only (`附件：…`, followed by the signature and the 印发 line); the spacing of the 印发 line is kept as found."),
 "sh-chongming-nongcungonglu-2021": dict(kind="sh", raw="raw_chongming.json",
   title="上海市崇明区人民政府办公室关于印发本区深化农村公路管理养护体制改革实施方案的通知",
   issuer="上海市崇明区人民政府办公室 (title and repository metadata; the covering notice carries no signature, only the date)",
   doc_number="沪崇府办发〔2021〕13号 (repository metadata only; not printed in the text)",
   date="2021-07-24",
   path="docs/市政与基础设施/上海市崇明区人民政府办公室关于印发本区深化农村公路管理养护体制改革实施方案的通知.md",
   commit="49f4bb7b24691276dec660a576f20a54a0c46b63", fid="68591492982",
   url="https://www.shanghai.gov.cn/zhengce/detail?businessId=699a9e9e-9043-466d-954f-7e6d86035c69&siteId=0085",
   extra="The document has no table. Items 1.–4. restart under each article of 四、 (label paths such as `四、（二）3.`); every item ends with a tail （责任单位：…） (one written （责任部门：…）)."),
 "sh-gumei-dujulaoren-2022": dict(kind="sh", raw="raw_gumei.json",
   title="关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知",
   issuer="闵行区古美路街道办事处 (signed in the text; repository metadata: 上海市闵行区人民政府古美路街道办事处)",
   doc_number="闵古办〔2022〕20号 (repository metadata only; not printed in the text)",
   date="2022-07-20 (signature date in the text)",
   path="docs/消防与人防/关于印发《古美路街道加强独居老人消防安全工作实施方案》的通知.md",
   commit="1a5b8a1490d179c97614bb7dc62d44efbe8b339a", fid="68806513176",
   url="https://www.shanghai.gov.cn/zhengce/detail/0079::4CA63A12-3697-11ED-B24C-394F7B1B5E97",
   extra="The document has no table. 二、职责分工 has items 1.–7., each opening with a body name and a full stop (1.街道消委办。…); the four attachments are given by title only after `附件：` (their forms are not part of the page text)."),
}
ORDER = list(DOCS)

# ---------------- clauses: (unit, quote, bodies, lead, support, form, note)
C = {}


def tails(spec, items):
    """Guangzhou tails （牵头单位：A[、B]，配合单位：C、D…）: lead = the 牵头单位 list, support = the 配合单位 list;
    a trailing 等部门 is generic and left out. items: list of (unit, tail text)."""
    out = []
    for unit, q in items:
        m = re.match(r'^（牵头单位：([^，）]+)(?:，配合单位：([^）]+))?）$', q)
        assert m, q
        lead = m.group(1).split('、')
        sup = [x for x in (m.group(2) or '').split('、') if x]
        note = None
        if sup and sup[-1].endswith('等部门'):
            sup[-1] = sup[-1][:-3]; note = "等部门 (generic) left out"
        if len(lead) > 1: note = "three bodies named as 牵头单位, no 配合单位: all three are lead"
        out.append((unit, q, lead + sup, lead, sup, "tail-lead", note))
    return out


P_DJ = {1: '一、', 2: '二、', 3: '二、', 4: '二、'}
P_DJ.update({n: '三、' for n in range(5, 10)}); P_DJ.update({n: '四、' for n in range(10, 16)})
P_DJ.update({n: '五、' for n in range(16, 24)}); P_DJ.update({n: '六、' for n in range(24, 30)})
P_DJ.update({n: '七、' for n in range(30, 35)}); P_DJ.update({35: '八、', 36: '八、'})
T_DJ = {
 2: "（牵头单位：市委宣传部，配合单位：市委党校、市委组织部）",
 3: "（牵头单位：市委宣传部，配合单位：市委党校、市委组织部）",
 4: "（牵头单位：市委组织部，配合单位：市委党校、市人力资源和社会保障局、市国资委、市科技和信息化局、市卫生局、市教育局）",
 5: "（牵头单位：市委组织部）", 6: "（牵头单位：市委组织部）", 7: "（牵头单位：市委组织部）",
 8: "（牵头单位：市委组织部，配合单位：市国资委、市教育局）",
 9: "（牵头单位：市委组织部，配合单位：市人力资源和社会保障局）",
 10: "（牵头单位：市委组织部，配合单位：市“两新”组织党工委、市国资委、市直机关工委、市教育局、市委老干部局、市民政局、市农业局、市编办、市非公有制经济组织党工委、市社会组织党工委）",
 11: "（牵头单位：市委组织部，配合单位：市民政局、市农业局、市非公有制经济组织党工委、市社会组织党工委）",
 12: "（牵头单位：市委组织部，配合单位：市民政局、市财政局、市农业局）",
 13: "（牵头单位：市委组织部）",
 14: "（牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市总工会、市民政局、市农业局、市非公有制经济组织党工委、市社会组织党工委）",
 15: "（牵头单位：市委组织部，配合单位：市财政局、市民政局、市农业局、市人力资源和社会保障局、市非公有制经济组织党工委、市社会组织党工委）",
 16: "（牵头单位：市委组织部，配合单位：市直机关工委、市民政局、市非公有制经济组织党工委、市社会组织党工委）",
 17: "（牵头单位：市委组织部，配合单位：市民政局、市农业局、市教育局）",
 18: "（牵头单位：市“两新”组织党工委，配合单位：市非公有制经济组织党工委、市社会组织党工委）",
 19: "（牵头单位：市委组织部，配合单位：市“两新”组织党工委、市人力资源和社会保障局）",
 20: "（牵头单位：市委组织部）",
 21: "（牵头单位：市委组织部，配合单位：广州广播电视台、市直机关工委、市教育局、市非公有制经济组织党工委、市社会组织党工委）",
 22: "（牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市民政局、市农业局、市财政局）",
 23: "（牵头单位：市委组织部，配合单位：市直机关工委、市国资委、市教育局、市农业局、市非公有制经济组织党工委、市社会组织党工委）",
 24: "（牵头单位：市委组织部，配合单位：市纪委、市委办公厅）",
 25: "（牵头单位：市委组织部，配合单位：市直机关工委、市教育局、市国资委、市民政局、市非公有制经济组织党工委、市社会组织党工委）",
 26: "（牵头单位：市委组织部）",
 27: "（牵头单位：市委组织部，配合单位：市民政局、市农业局）",
 28: "（牵头单位：市委组织部）",
 29: "（牵头单位：市委组织部，配合单位：市民政局、市农业局、市社工委）",
 30: "（牵头单位：市直机关工委，配合单位：市委党校、市委宣传部、市委组织部）",
 31: "（牵头单位：市直机关工委，配合单位：市委办公厅、市委组织部）",
 32: "（牵头单位：市直机关工委，配合单位：市委组织部）",
 33: "（牵头单位：市直机关工委）",
 34: "（牵头单位：市直机关工委，配合单位：市纪委、市委办公厅、市委组织部、市政府办公厅、市人力资源和社会保障局）",
 35: "（牵头单位：市纪委，配合单位：市委组织部）",
 36: "（牵头单位：市纪委，配合单位：市委组织部、市委宣传部、市直机关工委、市民政局、市教育局）",
}
d = "gz-dangjian-2012"
C[d] = tails(d, [("%s%d." % (P_DJ[n], n), q) for n, q in sorted(T_DJ.items())])
C[d].insert(2, ("二、3.", "市委每月举办1次广州学习论坛。", ["市委"], [], [], "fuze-sentence",
  "doubtful: a sentence inside item 3 that gives 市委 a recurring task; the item's tail names other bodies"))

P_MZ = {1: '一、', 2: '一、'}
P_MZ.update({n: '二、' for n in range(3, 8)}); P_MZ.update({n: '三、' for n in range(8, 13)})
P_MZ.update({n: '四、' for n in range(13, 16)}); P_MZ.update({n: '五、' for n in range(16, 22)})
P_MZ.update({n: '六、' for n in range(22, 26)}); P_MZ.update({n: '七、' for n in range(26, 32)})
P_MZ.update({n: '八、' for n in range(32, 35)}); P_MZ[35] = '九、'
T_MZ = {
 3: "（牵头单位：市委办公厅，配合单位：市委政研室）",
 4: "（牵头单位：市人大常委会办公厅，配合单位：市委办公厅、市政府办公厅、市法院、市检察院）",
 5: "（牵头单位：市政府办公厅，配合单位：市政府研究室、市法制办）",
 6: "（牵头单位：市委办公厅，配合单位：市政府办公厅、市政协办公厅）",
 7: "（牵头单位：市委办公厅，配合单位：市政府办公厅）",
 8: "（牵头单位：市委办公厅，配合单位：市人大常委会办公厅、市政府办公厅、市政协办公厅）",
 9: "（牵头单位：市信访局，配合单位：市社工委）",
 10: "（牵头单位：市委办公厅，配合单位：市人大常委会办公厅、市政府办公厅、市政协办公厅）",
 11: "（牵头单位：市委统战部，配合单位：市政府办公厅、市民族宗教局）",
 12: "（牵头单位：市总工会、团市委、市妇联）",
 13: "（牵头单位：市民政局，配合单位：市委组织部、市社工委）",
 14: "（牵头单位：市总工会，配合单位：市国资委、市人力资源和社会保障局、市经贸委、市工商联）",
 15: "（牵头单位：市民政局）",
 16: "（牵头单位：市人大常委会法工委，配合单位：市法制办）",
 17: "（牵头单位：市法制办，配合单位：市政府办公厅、市监察局）",
 18: "（牵头单位：市委政法委，配合单位：市法院、市检察院）",
 19: "（牵头单位：市委政法委，配合单位：市发展改革委、市工商局）",
 20: "（牵头单位：市司法局，配合单位：市法院、市财政局、市工商局）",
 21: "（牵头单位：市司法局）",
 22: "（牵头单位：市财政局，配合单位：市政府办公厅、市法制办）",
 23: "（牵头单位：市编办，配合单位：市政府办公厅、市财政局）",
 24: "（牵头单位：市法制办，配合单位：市政府办公厅、市工商局）",
 25: "（牵头单位：市政府办公厅，配合单位：市财政局、市监察局等部门）",
 26: "（牵头单位：市纪委，配合单位：市委办公厅、市委组织部）",
 27: "（牵头单位：市人大常委会办公厅，配合单位：市政府办公厅、市法院、市检察院）",
 28: "（牵头单位：市委办公厅，配合单位：市委统战部、市政府办公厅、市政协办公厅）",
 29: "（牵头单位：市监察局，配合单位：市政府办公厅、市法制办、市审计局）",
 30: "（牵头单位：市委政法委，配合单位：市法院、市检察院、市公安局、市法制办）",
 31: "（牵头单位：市委宣传部，配合单位：市直机关工委）",
 32: "（牵头单位：市科技和信息化局，配合单位：市政府办公厅、市法制办、市政务办、市监察局）",
 33: "（牵头单位：市委宣传部）",
 34: "（牵头单位：市政府办公厅）",
 35: "（牵头单位：市委办公厅，配合单位：市委组织部、市政府办公厅、市人力资源和社会保障局）",
}
d = "gz-minzhu-2012"
C[d] = tails(d, [("%s%d." % (P_MZ[n], n), q) for n, q in sorted(T_MZ.items())])
i28 = [i for i, c in enumerate(C[d]) if c[0] == "七、28."][0]
C[d].insert(i28, ("七、28.", "坚持市委每年确定一至两项重要工作交由市政协组织开展专题视察", ["市委", "市政协"], [], [], "fuze-sentence",
  "doubtful: 市委 chooses the topics, 市政协 organises the inspection; neither is called 牵头; the item's tail names other bodies"))

d = "sh-wujing-jianzhulaji-2021"
F, L, H = "fuze-sentence", "labelled", "huitong"
C[d] = [
 ("二、（一）", "城运中心：负责建筑垃圾处理的监督管理", ["城运中心"], [], [], L, None),
 ("二、（二）", "规建办：负责督促工程建设单位积极履行建设工程垃圾处置申报主体责任", ["规建办"], [], [], L, None),
 ("二、（三）", "社区办：负责协调各居委会、业委会等参与建筑垃圾治理工作。", ["社区办"], [], [], L, "各居委会、业委会 are objects"),
 ("二、（四）", "房管办：负责协调各小区和规模租赁场所的物业公司参与建筑垃圾治理工作。", ["房管办"], [], [], L, None),
 ("二、（五）", "动迁办：负责对拆房垃圾的监管", ["动迁办"], [], [], L, None),
 ("二、（六）", "拆违办：负责对拆违垃圾的监管", ["拆违办"], [], [], L, None),
 ("二、（七）", "环卫公司：负责居住区及街面无主垃圾的规范收运工作", ["环卫公司"], [], [], L, "its later 同时配合做好…监管工作 names no partner"),
 ("二、（八）", "城管执法中队：负责依法对建筑垃圾产生者委托未取得建筑垃圾运输许可证的单位运输", ["城管执法中队"], [], [], L, None),
 ("二、（九）", "吴泾、塘湾派出所：负责建筑垃圾运输车辆行驶路线的核定", ["吴泾、塘湾派出所"], [], [], L,
  "two police stations written with one head noun (吴泾、塘湾派出所); kept as one body as written"),
 ("二、（十）", "各村：负责在镇政府及行业管理部门的指导下，做好村辖区内建筑垃圾及无主垃圾处理的源头管理", ["各村"], [], [], L,
  "collective body listed as responsible; 镇政府 (which guides) is not counted"),
 ("三、（一）1.", "由居委、物业公司落实前端管理", ["居委", "物业公司"], [], [], F, "doubtful: 居委 and 物业公司 are kinds of bodies, not one specific body"),
 ("三、（一）1.（2）", "居委、物业公司要加强小区内环境卫生巡查", ["居委", "物业公司"], [], [], F, "as above"),
 ("三、（一）2.", "由街面网格负责前端管理", ["街面网格"], [], [], F, "街面网格 = the town's street grid management"),
 ("三、（一）2.（1）", "由街面网格对街面开展巡查", ["街面网格"], [], [], F, None),
 ("三、（二）", "镇城运中心会同规建办、动迁办、房管办等行业主管部门监督、指导建筑垃圾产生单位落实分类处理规定", ["镇城运中心", "规建办", "动迁办", "房管办"], ["镇城运中心"], ["规建办", "动迁办", "房管办"], H, None),
 ("三、（二）", "镇城运中心、环卫公司须加强对建筑垃圾中转分拣站的监督管理", ["镇城运中心", "环卫公司"], [], [], F, None),
 ("三、（三）", "规建办须督促实施施工许可（备案）管理的各项目工地建立建设工程垃圾排放公示制度", ["规建办"], [], [], F, None),
 ("三、（三）", "房管办须督促物业服务企业在物业管理区域公布装修垃圾清运收费价格信息、投放规范、投放时间、监督投诉方式等事项。", ["房管办"], [], [], F, None),
 ("三、（四）", "镇城运中心、规建办、动迁办、房管办、城管执法中队、派出所等相关部门应当各尽其责，加大对建筑垃圾违法违规处置行为的监督执法力度", ["镇城运中心", "规建办", "动迁办", "房管办", "城管执法中队", "派出所"], [], [], F, None),
 ("四、（一）", "规建办、动迁办、城运中心、城管中队、房管办、派出所等部门要建立信息共享、联合检查、联合执法等工作机制", ["规建办", "动迁办", "城运中心", "城管中队", "房管办", "派出所"], [], [], F, "城管中队 written short here (城管执法中队 elsewhere)"),
 ("四、（二）", "社区办、房管办、各居委、村委要充分利用多种载体、采取多种形式，加大宣传工作力度", ["社区办", "房管办", "各居委", "村委"], [], [], F, None),
]

d = "sh-chongming-nongcungonglu-2021"
T = "tail"
C[d] = [
 ("四、（一）1.", "区交通委负责制定区级层面农村公路管理养护权力和责任清单", ["区交通委"], [], [], F, None),
 ("四、（一）1.", "区财政局负责资金统筹，安排区级养护补助资金", ["区财政局"], [], [], F, "its 配合相关部门 names no partner"),
 ("四、（一）1.", "（责任单位：区交通委、区财政局）", ["区交通委", "区财政局"], [], [], T, None),
 ("四、（一）2.", "区、镇两级农村公路路长办公室承担路长制运行的日常工作", ["区、镇两级农村公路路长办公室"], [], [], F,
  "collective body set up by the item; the sentence before (区政府主要领导…为区、镇、村三级路长) names office holders, not bodies, and is not annotated"),
 ("四、（一）2.", "（责任单位：区交通委、区财政局、各乡镇政府）", ["区交通委", "区财政局", "各乡镇政府"], [], [], T, None),
 ("四、（一）3.", "乡镇政府具体负责本行政区域内乡、村道的管理养护工作", ["乡镇政府"], [], [], F, "collective body (each township government)"),
 ("四、（一）3.", "（责任单位：区交通委、区委编办、各乡镇政府）", ["区交通委", "区委编办", "各乡镇政府"], [], [], T, None),
 ("四、（一）4.", "乡镇政府应指导村民委员会组织做好村道的管理养护工作", ["乡镇政府"], [], [], F, "村民委员会 is the object here"),
 ("四、（一）4.", "村民委员会应将爱路护路要求纳入村规民约", ["村民委员会"], [], [], F, "collective body"),
 ("四、（一）4.", "（责任单位：各乡镇政府）", ["各乡镇政府"], [], [], T, None),
 ("四、（二）1.", "镇级资金用于乡道、村道大中修工程的配套比例由区交通委、区财政局另行明确", ["区交通委", "区财政局"], [], [], F, "由A、B另行明确: no lead"),
 ("四、（二）1.", "（责任单位：区交通委、区财政局、各乡镇政府）", ["区交通委", "区财政局", "各乡镇政府"], [], [], T, None),
 ("四、（二）2.", "区交通委、区财政局要加强农村公路养护资金的使用监管", ["区交通委", "区财政局"], [], [], F,
  "the next sentence (审计部门要定期…审计) names a function, not a body, and is not annotated"),
 ("四、（二）2.", "（责任单位：区交通委、区财政局、区审计局、各乡镇政府）", ["区交通委", "区财政局", "区审计局", "各乡镇政府"], [], [], T, None),
 ("四、（二）3.", "（责任单位：区发展改革委、区交通委、区财政局、各乡镇政府）", ["区发展改革委", "区交通委", "区财政局", "各乡镇政府"], [], [], T, None),
 ("四、（三）1.", "（责任部门：区交通委、各乡镇政府）", ["区交通委", "各乡镇政府"], [], [], T, "the only tail written 责任部门"),
 ("四、（三）2.", "（责任单位：区交通委、各乡镇政府）", ["区交通委", "各乡镇政府"], [], [], T, None),
 ("四、（三）3.", "（责任单位：区交通委、各乡镇政府）", ["区交通委", "各乡镇政府"], [], [], T, None),
 ("四、（三）4.", "（责任单位：区交通委、各乡镇政府）", ["区交通委", "各乡镇政府"], [], [], T, None),
 ("五、（二）", "区交通委要会同有关部门加强跟踪督查", ["区交通委"], ["区交通委"], [], H, "objects of 会同 generic (有关部门)"),
 ("五、（三）", "区交通委要建立改革进展情况反馈机制", ["区交通委"], [], [], F, None),
 ("五、（三）", "区政府将深化农村公路管理养护体制改革纳入重点改革事项，加强工作考核", ["区政府"], [], [], F, None),
]

d = "sh-gumei-dujulaoren-2022"
C[d] = [
 ("二、1.", "街道消委办。牵头开展独居老人消防安全关爱工作", ["街道消委办"], ["街道消委办"], [], L, "牵头开展; 派出所 (item 2, 配合开展) and 建管中心 (item 4, 协同开展) take part in the same 关爱工作"),
 ("二、1.", "消委办负责加强微型消防站基础建设，协同建管中心（房办）推动增设电动自行车集中充电场所及配套消防设施。", ["消委办", "建管中心（房办）"], [], ["建管中心（房办）"], F,
  "协同 B taken like the object of 会同 (support); no 牵头 stated"),
 ("二、2.", "派出所。配合开展独居老人消防安全关爱工作，负责独居老人消防安全隐患的确认", ["派出所"], [], ["派出所"], L, "the item's body is itself the 配合 party (support), and 负责 the confirmation of hazards"),
 ("二、3.", "服务办。牵头负责收集掌握居委上报的独居老人信息", ["服务办"], ["服务办"], [], L, "居委 is the source of the information, not counted"),
 ("二、4.", "建管中心。积极依托“红色物业”创建工作，协同开展社区独居老人消防安全关爱工作。负责牵头落实小区物业配合居委对独居及60岁以上老人家庭提供上门助老服务", ["建管中心"], ["建管中心"], [], L,
  "doubtful: partner (协同开展) for the 关爱工作 but 牵头落实 for the 上门助老服务; lead recorded for the latter"),
 ("二、4.", "消委办和建管中心（房办）推动小区增设电动自行车集中充电场所及配套消防设施。", ["消委办", "建管中心（房办）"], [], [], F, None),
 ("二、5.", "管理办。协调指导专业力量对独居老人电气线路、燃气安全定期开展检查巡查", ["管理办"], [], [], L, None),
 ("二、6.", "城运中心。根据区网格中心要求，推动将独居老人消防安全管理工作纳入区级“一网统管”平台", ["城运中心"], [], [], L, "区网格中心 sets the requirement, not counted"),
 ("二、7.", "居委会。具体负责排摸更新社区独居老人信息", ["居委会"], [], [], L, "later in the item 居委会 also 牵头召集民警及物业 (generic partners); no lead recorded"),
 ("三、（一）", "由居委纳入重点关注对象，加大关心关爱频次，通过上门或电话沟通等方式，常态开展消防安全提示；会同物业每周对所在楼栋开展巡查", ["居委"], ["居委"], [], H, "object of 会同 generic (物业)"),
 ("三、（二）", "由居委纳入关注对象，会同物业每月对所在楼栋开展巡查", ["居委"], ["居委"], [], H, "as above"),
 ("三、（三）", "由居委作普通对象掌握，动态开展排查", ["居委"], [], [], F, None),
 ("四、（二）", "各居委对辖区内60岁以上的独居老人进行一次全面排摸梳理", ["各居委"], [], [], F, None),
 ("四、（三）", "居委将独居老人《监护人消防安全责任清单》，发放至每一位独居老人监护人", ["居委"], [], [], F, None),
 ("四、（五）", "消委办推动为独居老人家庭安装配备各类消防技防物防设施。", ["消委办"], [], [], F, None),
 ("四、（五）", "消委办推动独居老人楼道及公共部位增配灭火器", ["消委办"], [], [], F, None),
 ("五、（四）", "请服务办于7月21日前上报《附件1：独居老人排摸统计表》至消委办（街道安监所邮箱）", ["服务办"], [], [], F, "消委办 is the recipient, not counted"),
 ("五、（四）", "安监所、服务办、管理办、建管中心（房管办）、派出所、居委会上报《附件4：古美路街道加强独居老人消防安全工作情况季度汇总表》", ["安监所", "服务办", "管理办", "建管中心（房管办）", "派出所", "居委会"], [], [], F,
  "paragraph after 五、（四） without a label of its own: belongs to 五、（四）"),
]

# ---------------- questions
def R(q, u, b, l, st, note=None): return dict(question=q, intent="responsibility", gold_units=[u], gold_bodies=b, gold_lead=l, style=st, note=note)
def F_(q, u, fig, st, note=None): return dict(question=q, intent="fact", gold_units=u if isinstance(u, list) else [u], figure=fig, style=st, note=note)
def B(q, body, st, note=None): return dict(question=q, intent="bureau_tasks", body=body, gold_units=None, style=st, note=note)
def D(q, fig, st, note=None): return dict(question=q, intent="document", gold_units=[], figure=fig, style=st, note=note)
def U(q, intent, st, note, body=None):
    o = dict(question=q, intent=intent, answerable=False, gold_units=[], style=st, note=note)
    if body: o["body"] = body
    return o
def Q_(q, u, st, note=None, intent="requirement"): return dict(question=q, intent=intent, gold_units=u if isinstance(u, list) else [u], style=st, note=note)

Q = {}
d = "gz-dangjian-2012"
Q[d] = [
 R("建设学习型党组织的牵头单位和配合单位分别是什么？", "二、3.", ["市委宣传部", "市委党校", "市委组织部"], ["市委宣传部"], "doc",
   "gold = the item's tail; the sentence 市委每月举办1次广州学习论坛 in the same item is a separate clause"),
 R("广州搞“双强六好”党组织创建是哪个单位牵头，谁配合？", "五、18.", ["市“两新”组织党工委", "市非公有制经济组织党工委", "市社会组织党工委"], ["市“两新”组织党工委"], "everyday"),
 R("整治机关干部“庸懒散”这件事归哪些部门管？", "七、34.", ["市直机关工委", "市纪委", "市委办公厅", "市委组织部", "市政府办公厅", "市人力资源和社会保障局"], ["市直机关工委"], "everyday"),
 R("加强党员教育管理信息化建设由哪个单位牵头、哪些单位配合？", "五、21.", ["市委组织部", "广州广播电视台", "市直机关工委", "市教育局", "市非公有制经济组织党工委", "市社会组织党工委"], ["市委组织部"], "doc"),
 Q_("哪一项任务提到选派优秀干部到村里担任“第一书记”？", "四、14.", "doc"),
 B("市委党校在党建创新工程中参与哪些任务？", "市委党校", "doc"),
 B("广州广播电视台在党建这块要配合做什么？", "广州广播电视台", "everyday"),
 F_("到2014年“两新”组织党组织的覆盖率要达到多少？", "四、10.", "75%以上", "doc"),
 F_("局级以上领导干部5年里脱产培训累计最少要多久？", "二、4.", "3个月", "everyday"),
 D("这个党建创新工程实施意见总共编了多少条？", "36", "everyday", "items are numbered 1.–36. continuously across the eight parts; item 1 (目标任务) has no tail"),
 U("党内关爱互助金给困难党员每人每年补助多少钱？", "fact", "everyday", "no amount is given (only 大力发展各级党内关爱互助金)"),
 U("市委统战部在党建创新工程中负责哪些任务？", "bureau_tasks", "doc", "市委统战部 is never named in this document", body="市委统战部"),
]
d = "gz-minzhu-2012"
Q[d] = [
 R("发挥工青妇等群团组织桥梁纽带作用由哪些单位牵头？", "三、12.", ["市总工会", "团市委", "市妇联"], ["市总工会", "团市委", "市妇联"], "doc", "three 牵头单位, no 配合单位"),
 R("广州的信访工作机制谁牵头在抓？", "三、9.", ["市信访局", "市社工委"], ["市信访局"], "everyday"),
 R("深入推进政务公开的牵头单位和配合单位有哪些？", "六、25.", ["市政府办公厅", "市财政局", "市监察局"], ["市政府办公厅"], "doc", "等部门 left out"),
 R("地方立法、起草法规规章这块是哪个单位牵头？", "五、16.", ["市人大常委会法工委", "市法制办"], ["市人大常委会法工委"], "everyday"),
 Q_("哪一项任务要求全面推行政府部门聘请法律顾问制度？", "五、17.", "doc"),
 B("市法制办在推进民主法治建设中牵头或配合哪些工作？", "市法制办", "doc"),
 B("工商局在民主法治建设里要配合哪些事？", "市工商局", "everyday"),
 F_("各牵头单位和实施单位要在实施意见施行后多长时间内完成有关工作制度、配套措施的制定？", "九、35.", "一年内", "doc", "特别重大复杂的 two years (两年内)"),
 F_("“三打两建”里的“三打”具体打什么？", "五、19.", "打击欺行霸市、打击制假售假、打击商业贿赂", "everyday"),
 D("这份民主法治建设实施意见分成几个部分？", "9", "everyday", "nine parts 一、–九、"),
 U("广州每年给法律援助安排了多少经费？", "fact", "everyday", "the text only says 将法律援助经费纳入市、区（县级市）财政预算; no amount"),
 U("市住房城乡建设委在民主法治建设中要做什么？", "bureau_tasks", "doc", "市住房城乡建设委 is never named in this document", body="市住房城乡建设委"),
]
d = "sh-wujing-jianzhulaji-2021"
Q[d] = [
 R("对拆违垃圾的监管由哪个部门负责？", "二、（六）", ["拆违办"], [], "doc"),
 R("吴泾镇的渣土车、建筑垃圾车走哪条路线是谁核定的？", "二、（九）", ["吴泾、塘湾派出所"], [], "everyday"),
 R("监督、指导建筑垃圾产生单位落实分类处理规定，由哪个部门会同哪些部门负责？", "三、（二）", ["镇城运中心", "规建办", "动迁办", "房管办"], ["镇城运中心"], "doc"),
 R("在吴泾有人乱倒建筑垃圾，罚款处罚归哪个单位？", "二、（八）", ["城管执法中队"], [], "everyday",
   "行政处罚 is assigned in 二、（八）; 三、（四） lists six bodies for 监督执法 in general"),
 B("房管办在吴泾镇建筑垃圾治理中承担哪些工作？", "房管办", "doc"),
 B("镇里的规建办要管建筑垃圾的哪些事？", "规建办", "everyday"),
 F_("吴泾镇要择优确定几家清运企业作为建筑垃圾主体清运单位？", "三、（二）", "二家", "doc"),
 F_("装修垃圾要按几类分开收运？", "三、（二）", "五个类别", "everyday"),
 D("这份通知的文号是什么？", "闵吴府发〔2021〕3号", "doc"),
 Q_("清运车要不要装GPS，文件哪一条有规定？", "三、（二）", "everyday"),
 U("吴泾镇小区装修垃圾清运一次收多少钱？", "fact", "everyday", "the fee is only referred to the 成本分析报告; no amount in the text"),
 U("镇市场监管所在建筑垃圾治理中负责哪些工作？", "bureau_tasks", "doc", "市场监管所 is never named", body="市场监管所"),
]
d = "sh-chongming-nongcungonglu-2021"
Q[d] = [
 R("探索农村公路发展投融资机制的责任单位有哪些？", "四、（二）3.", ["区发展改革委", "区交通委", "区财政局", "各乡镇政府"], [], "doc"),
 R("崇明的乡道、村道平时谁具体负责管护？", "四、（一）3.", ["乡镇政府"], [], "everyday",
   "the sentence 乡镇政府具体负责本行政区域内乡、村道的管理养护工作; the item's tail adds 区交通委、区委编办"),
 R("镇级资金用于乡道、村道大中修工程的配套比例由哪些部门明确？", "四、（二）1.", ["区交通委", "区财政局"], [], "doc"),
 R("农村公路养护市场化改革是哪些部门负责？", "四、（三）1.", ["区交通委", "各乡镇政府"], [], "everyday", "tail written （责任部门：…）"),
 B("区财政局在农村公路管理养护体制改革中负责哪些任务？", "区财政局", "doc"),
 B("编办在农村公路改革里要做什么？", "区委编办", "everyday"),
 F_("镇级配套资金用于村道日常养护，每年每公里不得低于多少？", "四、（二）1.", "3000元", "doc"),
 D("这份实施方案是哪天印发的？", "2021年7月24日", "doc", "date of the covering notice (no signature)"),
 Q_("文件哪里提到要创建“美丽农村路”全国试点？", "四、（三）4.", "everyday"),
 F_("崇明这个农村公路方案从哪天开始实行？", "五、（四）", "2022年1月1日", "everyday"),
 U("崇明区农村公路区级养护补助资金一年总共有多少？", "fact", "everyday", "no total amount is given"),
 U("区交通委负责农村公路的科室联系电话是多少？", "other", "doc", "no phone number in the text"),
]
d = "sh-gumei-dujulaoren-2022"
Q[d] = [
 R("独居老人消防安全关爱工作由哪个部门牵头开展？", "二、1.", ["街道消委办"], ["街道消委办"], "doc"),
 R("独居老人家里的电线、燃气安全检查由街道哪个办组织？", "二、5.", ["管理办"], [], "everyday"),
 R("季度汇总表由哪些单位上报？", "五、（四）", ["安监所", "服务办", "管理办", "建管中心（房管办）", "派出所", "居委会"], [], "doc"),
 B("消委办在独居老人消防安全工作中要做哪些事？", "消委办", "doc", "the body is also written 街道消委办 once (二、1., same unit)"),
 B("街道服务办在独居老人消防这件事上要干哪些活？", "服务办", "everyday"),
 F_("近三年来闵行区共发生了几起居民“小火亡人”火灾？", "前言", "7起", "doc"),
 F_("服务办最晚什么时候要把独居老人排摸统计表报上去？", "五、（四）", "7月21日前", "everyday"),
 F_("对高风险类独居老人，居委多久上门督促一次清除可燃物？", "三、（一）", "每半月", "doc"),
 D("这份实施方案是哪个街道办事处印发的？", "闵行区古美路街道办事处", "everyday"),
 Q_("独居老人家里要不要装烟感报警器，方案哪里有说？", ["二、3.", "四、（五）"], "everyday", "四、（五） (原则上…都应安装独立式烟感报警器) is the direct answer; 二、3. (服务办引导…安装配备火灾感烟报警器) also counts"),
 U("街道给独居老人装烟感报警器每户补贴多少钱？", "fact", "doc", "no subsidy amount in the text"),
 U("古美路街道现在一共有多少名独居老人？", "fact", "everyday", "no count of 独居老人 is given"),
]

# ---------------- build + check
errs = []; clauses = []; questions = []; summary = {}; bodies_txt = {}
for d in ORDER:
    m = DOCS[d]
    raw = json.load(open(m["raw"], encoding='utf-8'))
    if m["kind"] == "sh":
        text = raw["text"]
        if len(text) != raw["total_chars"]: errs.append(("length != total_chars", d))
        i = text.index('\n# ') + 1
        fm, body = text[:i], text[i:]
        key = m["raw"][4:-5]
        open('fm_%s.txt' % key, 'w', encoding='utf-8').write(fm)
        open('body_%s.txt' % key, 'w', encoding='utf-8').write(body)
        hdr = ("title: %s\nissuer: %s\ndoc_number: %s\ndate: %s\nsource: %s/%s (commit %s; code index file id %s; read in full with read_file from the code-search index; text extracted by that repo from %s). "
               "Copied from the `# title` line on; the repository's YAML front matter and disclaimer left out (%d + %d = %d characters, the file's total). %s\ncompleteness: full\n---\n") % (
            m["title"], m["issuer"], m["doc_number"], m["date"], REPO, m["path"], m["commit"], m["fid"], m["url"], len(fm), len(body), raw["total_chars"], m["extra"])
    else:
        body = gz_body(raw)
        open('body_%s.txt' % m["raw"][4:-5], 'w', encoding='utf-8').write(body)
        posted = datetime.datetime.utcfromtimestamp(m["posted"]).strftime('%Y-%m-%d')
        hdr = ("title: %s\nissuer: not stated in the source text (the record is one of the Guangzhou 2012 implementation opinions issued under 《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》, the same series as gz-rencai-2012, whose issuer is 中共广州市委 广州市人民政府)\n"
               "doc_number: not stated in the source text\ndate: not stated in the source text (2012 series; the record was posted on %s)\n"
               "source: %s, row %d, title field \"%s\"; %s The text is the row's `content` column with the HTML tags removed, one paragraph per line, leading indentation removed (script _check/build.py, function gz_body, from the raw copy _check/%s); nothing else changed.\n"
               "completeness: %s\n---\n") % (m["title"], posted, GZ, m["row"], m["title"], m["extra"], m["raw"], m["completeness"])
        nums = [int(x.group(1)) for x in re.finditer(r'^(\d+)\.', body, re.M)]
        if nums != list(range(1, len(nums) + 1)): errs.append(("item numbering", d, nums))
    bodies_txt[d] = body
    full = hdr + body
    open('../docs/%s.txt' % d, 'w', encoding='utf-8').write(full)
    assert full[full.index('\n---\n') + 5:] == body
    heads = parse(body); sp = spans(body, heads); labels = set(sp)
    if len(labels) != len(heads): errs.append(("duplicate label", d, [l for l, n in collections.Counter(h[0] for h in heads).items() if n > 1]))
    cl_d = []
    for (u, q, bs, l, s, f, n) in C[d]:
        o = {"doc": d, "unit": u, "quote": q, "bodies": bs, "lead": l, "support": s, "form": f}
        if n: o["note"] = n
        o["split"] = SPLIT; clauses.append(o); cl_d.append(o)
        if u not in labels: errs.append(("unit?", d, u)); continue
        st, en = sp[u]
        pos = [mm.start() for mm in re.finditer(re.escape(q), body)]
        if not pos: errs.append(("quote not in text", d, q[:30])); continue
        if not any(st <= p and p + len(q) <= en for p in pos): errs.append(("quote outside unit", d, u, q[:30]))
        # the smallest unit: no deeper heading of this unit contains the quote
        for lab2, (st2, en2) in sp.items():
            if lab2 != u and lab2.startswith(u) and any(st2 <= p and p + len(q) <= en2 for p in pos if st <= p < en):
                errs.append(("a smaller unit holds the quote", d, u, lab2, q[:20]))
        last = -1
        for x in bs:
            i = q.find(x, last + 1)
            if i < 0: errs.append(("body not in quote/order", d, x, q[:20])); continue
            last = i
        for x in l + s:
            if x not in bs: errs.append(("lead/support not in bodies", d, x))
        if len(set(bs)) != len(bs): errs.append(("repeated body", d, q[:20]))
    # every bracketed tail of the document is annotated
    for mm in re.finditer(r'（(牵头单位|责任单位|责任部门|配合单位)：[^）]*）', body):
        if not any(c["quote"] == mm.group(0) for c in cl_d): errs.append(("tail not annotated", d, mm.group(0)[:30]))
    ntail = len(re.findall(r'（(?:牵头单位|责任单位|责任部门)：[^）]*）', body))
    for n_, qq in enumerate(Q[d], 1):
        if qq["intent"] == "bureau_tasks" and qq.get("answerable", True):
            units = []
            for c in cl_d:
                if qq["body"] in c["bodies"] and c["unit"] not in units: units.append(c["unit"])
            units.sort(key=lambda u: sp[u][0]); qq["gold_units"] = units
            if not units: errs.append(("bureau_tasks without units", d, qq["body"]))
        o = {"id": "%s-%s-%02d" % (SPLIT, d, n_), "doc": d, "question": qq["question"], "intent": qq["intent"],
             "answerable": qq.get("answerable", True), "gold_units": qq["gold_units"]}
        for k in ("gold_bodies", "gold_lead", "body", "figure"):
            if k in qq: o[k] = qq[k]
        o["style"] = qq["style"]; o["split"] = SPLIT
        if qq.get("note"): o["note"] = qq["note"]
        questions.append(o)
        for u in o["gold_units"]:
            if u not in labels: errs.append(("q unit?", o["id"], u))
        if o["question"] in body: errs.append(("question copies text", o["id"]))
        if not o["answerable"]:
            if o["gold_units"]: errs.append(("unans units", o["id"]))
            if o.get("body") and o["body"] in body: errs.append(("unanswerable body present", o["id"]))
            continue
        if o["intent"] == "fact":
            if not all(o["figure"] in body[sp[u][0]:sp[u][1]] for u in o["gold_units"] if u in sp): errs.append(("figure not in unit", o["id"]))
            if body.count(o["figure"]) != len(o["gold_units"]): errs.append(("figure count != gold units", o["id"], body.count(o["figure"])))
        if o["intent"] == "document" and o["figure"] not in body: errs.append(("doc figure not in text", o["id"]))
        if o["intent"] == "responsibility":
            if not any(c["unit"] in o["gold_units"] and c["bodies"] == o["gold_bodies"] and c["lead"] == o["gold_lead"] for c in cl_d):
                errs.append(("resp gold != any clause", o["id"]))
    summary[d] = (len(cl_d), sum(1 for q in questions if q["doc"] == d), ntail, [l for l, _, _ in heads], len(body))
with open('../clauses.jsonl', 'w', encoding='utf-8') as f:
    for c in clauses: f.write(json.dumps(c, ensure_ascii=False) + '\n')
with open('../questions.jsonl', 'w', encoding='utf-8') as f:
    for q in questions: f.write(json.dumps(q, ensure_ascii=False) + '\n')
ids = set()
for fn in ('../clauses.jsonl', '../questions.jsonl'):
    for line in open(fn, encoding='utf-8'):
        o = json.loads(line)
        if o.get("split") != SPLIT: errs.append(("split", fn))
        if "id" in o:
            if o["id"] in ids: errs.append(("duplicate id", o["id"]))
            ids.add(o["id"])
print("errors:", len(errs))
for e in errs: print(e)
for d, (nc, nq, nt, hs, nb) in summary.items():
    print(d, "body chars", nb, "clauses", nc, "(bracketed tails %d)" % nt, "questions", nq); print("  ", " ".join(hs))
print(collections.Counter((q["doc"], q["style"]) for q in questions))
print(collections.Counter(q["intent"] for q in questions), "unanswerable", sum(1 for q in questions if not q["answerable"]))
print(collections.Counter((c["doc"], c["form"]) for c in clauses))
for q in questions:
    if q["intent"] == "bureau_tasks" and q["answerable"]: print("bureau_tasks", q["id"], q["body"], q["gold_units"])
