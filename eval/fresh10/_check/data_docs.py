# Document table for data.py (kept separate for readability; imported by data.py).
U = 'https://www.shanghai.gov.cn/zhengce/detail'
DOCS = {
    'sh-huangpu-xiaofang-zerenzhi-2020': dict(
        raw='raw_huangpu.json',
        header=dict(title='中共黄浦区委办公室  黄浦区人民政府办公室关于印发《黄浦区消防安全责任制实施细则》的通知',
                    issuer='中共上海市黄浦区委办公室 上海市黄浦区人民政府办公室',
                    doc_number='-',
                    date='2020年6月1日',
                    extracted='text extracted by that repo from ' + U + '/0071::28b5ee78-1df3-43f3-8476-d129df588962',
                    notes='The document has no table. The front matter gives no document number (文号: -) and the publication date 2020-06-02; the date above is the one printed under the signature. 四、（一） and 四、（二） have items 1.–8. and 1.–30.; the two attachments (附件1, 附件2) are given in full after the line `附件：1.…` and are labelled 附件.')),
    'sh-zhelin-wenwu-2023': dict(
        raw='raw_zhelin.json',
        header=dict(title='上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护管理办法》的通知',
                    issuer='上海市奉贤区柘林镇人民政府',
                    doc_number='奉柘府〔2023〕22号',
                    date='2023年10月13日',
                    extracted='text extracted by that repo from ' + U + '/0084::0084i20231104-n785j0yf6consv93cn',
                    notes='The document has no table. The document number is given by the front matter only (not printed in the page text). The 办法 has 43 articles 第一条–第四十三条 in seven chapters; items written (一) inside an article are labelled 第X条第（一）项. The source\'s break inside 第二十三条 (…地下文物埋藏区或者 / 水下文物保护区…) is kept as found.')),
    'sh-jiaotongwei-yuetan-2024': dict(
        raw='raw_yuetan.json',
        header=dict(title='上海市交通委员会关于印发《上海市交通行业安全生产警示约谈和挂牌督办实施办法》的通知',
                    issuer='上海市交通委员会',
                    doc_number='沪交行规〔2024〕5号',
                    date='2024年10月23日',
                    extracted='text extracted by that repo from ' + U + '/0010::4d714690d03a49a08715e157b3ab4f0e',
                    notes='The document has no table. The front matter gives the publication date 2024-10-28; the date above is the one printed under the signature. The 办法 has 31 articles 第一条–第三十一条 in five chapters, each article number followed by a bracketed title on its own line; items （一） inside an article are labelled 第X条第（一）项. The seven attachments are named in the text only (not part of the page text).')),
    'sh-jiading-xialijiao-2014': dict(
        raw='raw_xialijiao.json',
        header=dict(title='上海市嘉定区人民政府关于批转《关于加强本区道路下立交设施防汛防台管理工作的通知》的通知',
                    issuer='上海市嘉定区人民政府',
                    doc_number='嘉府发〔2014〕33号',
                    date='2014年6月28日',
                    extracted='text extracted by that repo from ' + U + '?businessId=5_10361&siteId=0080',
                    notes='The document has no table. The document number is given by the front matter only (not printed in the page text). The source breaks some lines inside numbers and dates (2014 / 年6 / 月28 / 日, 2013 / 年, 25 / 厘米, “110 / ”); they are kept as found. The five attachments are given by title only after `附件：`.')),
    'sh-fengxian-tingche-2016': dict(
        raw='raw_tingche.json',
        header=dict(title='上海市奉贤区人民政府关于促进本区停车资源共享利用的实施意见',
                    issuer='上海市奉贤区人民政府',
                    doc_number='沪奉府〔2016〕140号',
                    date='2016年12月20日',
                    extracted='text extracted by that repo from ' + U + '?businessId=00841a5cbbb1cbd51fcaed93047da432991f&siteId=0084',
                    notes='The document has no table. The document number is given by the front matter only (not printed in the page text). Articles are written with half-width brackets (一) in the source (label paths use （一））; 二、 has items 一是–四是 (label paths 二、一是 …); one item is numbered `2、` (label path 六、（一）2.). The steps 第一，…第六， inside 五、（三）3. are not labelled.'),
        extras=[('二、一是', 2, '一是加强领导'), ('二、二是', 2, '二是市场运作'), ('二、三是', 2, '三是规范有序'), ('二、四是', 2, '四是自愿为主')]),
}
