"""Reading: encodings detected by content, markup removed, bad input named and explained."""
from __future__ import annotations

import pytest

from policykg.errors import BinaryInputError, DecodeError, EmptyInputError, InputError, NoPolicyContentError
from policykg.loaders import decode_bytes, extract, parse_document, read_document, read_text
from policykg.loaders.normalize import normalize

SAMPLE = "关于加快推动区块链技术和产业创新发展的实施意见\n一、加快核心技术突破。(市科技局、市工信局)\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16"])
def test_encodings_are_detected(encoding):
    text = SAMPLE if encoding != "big5" else "關於加快推動區塊鏈技術和產業創新發展的實施意見\n一、加快核心技術突破。"
    decoded, fmt = decode_bytes(text.encode(encoding), f"x.{encoding}.txt")
    assert decoded.replace("\ufeff", "") == text
    assert fmt.startswith("text/")


def test_html_markup_and_entities_removed():
    page = ("<html><head><title>t</title><script>var x='不应出现';</script></head><body>"
            "<div class='nav'>首页 &gt; 政策</div><div class='article-content'><p>关于支持区块链发展的若干措施</p>"
            "<p>一、对获评国家级示范项目的企业&nbsp;给予最高100万元奖励。</p></div>"
            "<div class='footer'>版权所有</div></body></html>")
    text, fmt = decode_bytes(page.encode("utf-8"), "page.html")
    assert fmt.startswith("html/")
    assert "不应出现" not in text and "首页" not in text and "版权所有" not in text
    assert "给予最高100万元奖励" in text.replace(" ", "").replace("\xa0", "")
    assert "<" not in text and "&nbsp;" not in text


def test_word_artefacts_and_web_trailer_removed():
    nt = normalize("[bookmark: _GoBack]关于X的答复\n正文。\n微信扫描关注公众号\n本文版权归属原作所有")
    assert nt.text == "关于X的答复\n正文。"


def test_page_break_inside_sentence_is_joined_and_offsets_kept():
    original = "区工信局联合区金融局、深圳市中小\n\n企业服务协会举办福田区投融资路演对接活动,搭建平台。"
    nt = normalize(original)
    assert "深圳市中小企业服务协会" in nt.text
    s = nt.text.index("深圳市中小企业服务协会")
    a, b = nt.original_span(s, s + len("深圳市中小企业服务协会"))
    assert original[a:b] == "深圳市中小\n\n企业服务协会"


def test_page_break_repeated_tail_dropped():
    nt = normalize("在关键核心技术攻关方面,量子国家实验室深圳基地、粤港\n\n粤港澳大湾区量子科学中心等一批平台已落户。")
    assert "深圳基地、粤港澳大湾区量子科学中心" in nt.text


def test_headings_are_not_joined():
    nt = normalize("(一)指导思想\n全面贯彻党的十九大精神,推动区块链产业发展,提升新势能和新动能。\n1、加快建设风投创投街区,提升综合服务\n福田区于今年5月9日正式启用平台。")
    assert nt.text.split("\n")[0] == "(一)指导思想"
    assert "1、加快建设风投创投街区,提升综合服务" in nt.text.split("\n")


def test_title_line_is_not_joined_to_what_follows():
    nt = normalize("数字广东建设2025年工作要点\n\n深入实施数字广东战略加快数字技术与经济社会发展深度融合")
    assert nt.text.split("\n")[0] == "数字广东建设2025年工作要点"
    # deep in a document the same ending is a sentence a page break cut
    body = "一、总体要求\n二、工作任务\n三、保障措施\n各区要按照本市的工作要点\n\n抓好落实。"
    assert "各区要按照本市的工作要点抓好落实。" in normalize(body).text


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", EmptyInputError),
        (b"   \n\n ", EmptyInputError),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, BinaryInputError),
        (b"\x81\x30\xff\xfe\x00" * 3 + b"\xff" * 40, InputError),
        ("政策".encode("utf-8")[:-1] + b"\xe6", DecodeError),
        (b"PK\x03\x04not really a zip", BinaryInputError),
    ],
)
def test_bad_bytes_raise_named_errors(data, error):
    with pytest.raises(error) as info:
        decode_bytes(data, "bad/file.txt")
    assert "bad/file.txt" in str(info.value)


def test_no_policy_content():
    with pytest.raises(NoPolicyContentError) as info:
        parse_document("hello world, this is not a policy at all", source="hello.txt")
    assert "hello.txt" in str(info.value)


def test_batch_goes_on_past_bad_files(tmp_path, corpus_dir):
    good = tmp_path / "good.txt"
    good.write_text((corpus_dir / "suzhou-blockchain-opinions-2020-2022.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "noise.txt").write_text("just some words " * 20, "utf-8")
    result = extract([tmp_path])
    assert [d.doc_id for d in result.documents] == ["good"]
    assert sorted(e.path.rsplit("/", 1)[-1] for e in result.errors) == ["binary.txt", "empty.txt", "noise.txt"]


def test_missing_file_and_directory_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_symlink_loop_is_reported_not_followed(tmp_path):
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "doc.txt").write_text(SAMPLE, "utf-8")
    result = extract([tmp_path])
    assert [d.doc_id for d in result.documents] == ["doc"]
    assert any("loop" in str(e) for e in result.errors)


@pytest.mark.parametrize("head", [b"", b"\xef\xbb\xbf", b"\r\n  "])
def test_rtf_saved_as_doc_is_named_as_rtf(head):
    """Issue 17: Word's "save as RTF" under a .doc name was reported as having no policy content."""
    rtf = head + (b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\n"
                  b"\\f0\\fs32 \\'b9\\'d8\\'d3\\'da\\'d6\\'a7\\'b3\\'d6\\'c7\\'f8\\'bf\\'e9\\'c1\\'b4\\par\n}")
    with pytest.raises(BinaryInputError) as info:
        decode_bytes(rtf, "policy/notice.doc")
    assert "policy/notice.doc: is an RTF (Rich Text Format) file" in str(info.value)
    assert "save it as .docx or .txt" in str(info.value)


def test_a_content_box_holding_only_the_information_line_is_not_the_document():
    from policykg.loaders.reading.html_text import html_to_text
    body = "".join(f"<p>第{n}条 市人力资源社会保障局负责本办法组织实施,市财政局按照职责协同做好资金保障工作。</p>"
                   for n in "一二三四五六")
    page = (f"<html><body><div class='content_attr'><p>文号:穗人社规字〔2019〕6号</p><p>发布机关:广州市人力资源和社会保障局"
            f"</p><p>实施日期:2019年10月16日</p><p>失效日期:2024年10月15日</p><p>统一编号:GZ0320190148</p></div><div class='info_cont'>{body}</div></body></html>")
    text = html_to_text(page)
    assert "第六条 市人力资源社会保障局负责" in text and "穗人社规字〔2019〕6号" in text



def test_a_title_beside_the_content_box_beats_the_sites_name():
    """The page's <title> names the site; the document's title sits in a summary block above the content box."""
    from policykg.loaders.reading.html_text import html_to_text
    body = "".join(f"<p>{n}、各市（州）要按照督查的内容和重点，对本地区贯彻实施情况开展逐项自查，抓紧贯彻落实。</p>" for n in "一二三")
    page = ("<html><head><title>欢迎访问某某网络管理平台</title></head><body><div class='box'><h3>接访信息详情</h3>"
            "<div class='zhaiyao_set'>关于立即开展政策措施落实情况自查的通知<p>发布人：<span>某某</span> 时间：7月8号</p></div>"
            f"<div class='contentbox_set_box'>各市（州）人民政府：{body}</div></div></body></html>")
    assert html_to_text(page).splitlines()[0] == "关于立即开展政策措施落实情况自查的通知"

BODY = ("你局《关于集团公司集中持有药品批准文号变更生产场地有关问题的请示》收悉。经研究，现函复如下："
        "持有人自建生产场地并进行场地变更的，可按照现行《药品注册管理办法》中由国家局审批的补充申请事项申报，"
        "由药审中心按照该变更所需技术要求进行审评。在申报补充申请时，可不要求申请人提交证书，但申请人必须在该补充申请"
        "获批并通过认证后方可生产销售该药品。审评中如需发起现场检查，你局可按照要求同步组织开展认证检查工作。")


def test_letters_in_program_strings_and_bare_sql_rows(tmp_path):
    """A Java string built with +, an SQL dump's VALUES rows without INSERT and entity-escaped markup."""
    java = ('\t  String strtext = "<TABLE><TR><TD><STRONG>" +\n\t\t"对《关于X问题的请示》的复函</STRONG></TD></TR>" +\n'
            f'\t\t"<TR><TD><P>安徽省人民政府法制办公室：</P><P>{BODY}</P>" +\n'
            '\t\t"<P align=right>国务院法制办公室秘书行政司</P><P align=right>二○○五年七月八日</P></TD></TR>";\n')
    sql = ("(29, 1, '国家药监局综合司关于X有关问题复函', 'slug', 0),\n"
           f"(29, '&lt;p&gt;药监综药注函〔2019〕237号&lt;/p&gt;&lt;p&gt;浙江省药品监督管理局：&lt;/p&gt;&lt;p&gt;{BODY}&lt;/p&gt;"
           "&lt;p&gt;国家药监局综合司&lt;/p&gt;&lt;p&gt;2019年5月8日&lt;/p&gt;', 2);\n")
    (tmp_path / "letter.txt").write_text(java, "utf-8")
    (tmp_path / "letter.sql").write_text(sql, "utf-8")
    java_doc = read_document(tmp_path / "letter.txt")
    sql_doc = read_document(tmp_path / "letter.sql")
    assert java_doc.title == "对《关于X问题的请示》的复函"
    assert java_doc.issuer == ("国务院法制办公室秘书行政司",)  # the name in force in 2005, with its unit
    assert java_doc.date == "2005-07-08"
    assert java_doc.jurisdiction.name == "全国"  # the addressee is not the issuer's place
    assert sql_doc.title == "国家药监局综合司关于X有关问题复函"
    assert sql_doc.issuer == ("国家药监局综合司",)
    assert sql_doc.doc_number == "药监综药注函〔2019〕237号"
    assert "&lt;" not in sql_doc.text and "<p>" not in sql_doc.text
    # a 复函 to a 请示 is a letter (notice); only a reply to a deputy's 建议 or a member's 提案 is a proposal_reply
    assert java_doc.doc_type == sql_doc.doc_type == "notice"


def test_page_title_and_information_date_beside_a_content_box(tmp_path):
    page = ("<html><head><title>广州南沙新区（自贸片区）集聚人才创新发展的若干措施｜广州市南沙区人民政府 </title></head><body>"
            "<div class='nav'>首页</div><div class='info'><h2>广州南沙新区（自贸片区）集聚人才创新发展的若干措施</h2>"
            "<p><span>来源：南沙区发改局</span><span>发布日期：2017-10-13</span></p></div>"
            "<div class='content'><p>一、实施高端领军人才引进计划</p><p>对引进的诺贝尔奖获得者等给予最高1000万元安家补贴或最高200平方米"
            "人才公寓，对创新创业团队给予最高1亿元资助。</p><p>二、实施骨干和高管人才贡献奖励</p><p>对年度应纳税工资薪金30万元以上的骨干人才，"
            "按照其个人经济贡献40%比例给予特殊人才奖励，港澳籍人才可选择按照税负差额给予奖励。</p></div></body></html>")
    (tmp_path / "p.html").write_text(page, "utf-8")
    doc = read_document(tmp_path / "p.html")
    assert doc.title == "广州南沙新区（自贸片区）集聚人才创新发展的若干措施"
    assert doc.date == "2017-10-13"
    assert doc.doc_type == "funding_measures"


def test_a_collectors_notes_before_the_heading_are_not_the_document():
    from policykg.loaders.reading.carriers import unwrap

    md = ("---\n标题: 关于印发工作方案的通知\n文号: 沪交设养〔2024〕1025号\n---\n\n"
          "> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。\n"
          "> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\n\n"
          "# 关于印发工作方案的通知\n\n> 引用：依据《上海市城市管理精细化三年行动计划》执行。\n")
    text, carrier = unwrap(md, ".md")
    assert carrier == "markdown"
    assert "著作权法" not in text and "本文正文由脚本" not in text
    assert "《上海市城市管理精细化三年行动计划》" in text  # a quote inside the document stays


def test_server_pages_are_read_in_a_folder_scan_when_they_hold_text(tmp_path):
    from policykg.loaders import collect_paths

    page = "<html><body><p>" + "关于推进区块链产业发展的实施意见。" * 30 + "</p></body></html>"
    (tmp_path / "policy.jsp").write_text(page, encoding="utf-8")
    (tmp_path / "login.php").write_text("<?php echo 'login'; ?>", encoding="utf-8")
    found = [p.name for p in collect_paths([tmp_path]) if hasattr(p, "name")]
    assert found == ["policy.jsp"]


def test_a_record_that_names_its_file_has_that_name_as_title(tmp_path):
    """An app's SQL row: (id, kind, 'X.md', body, 'X.md', url); a leaflet naming no policy word is still read."""
    body = ("1. **保障范围及标准：**失去父母的未满18周岁的儿童，每人每月1987元。2. **申请程序：**由孤儿监护人向户籍所在地"
            "街道办事处或镇人民政府提出申请。县级民政部门认真审查申请材料，在10个工作日内作出审批决定。")
    row = f"(6,1,'社会救助宣传单-孤儿基本生活费.md','{body}','社会救助宣传单-孤儿基本生活费.md','http://example.org/j/a.md')"
    (tmp_path / "leaflet.sql").write_text(row, "utf-8")
    doc = read_document(tmp_path / "leaflet.sql")
    assert doc.title == "社会救助宣传单-孤儿基本生活费"


def test_a_markdown_pages_list_of_links_is_not_read(tmp_path) -> None:
    """- [中国工程院](http://…) lines (a saved page's menus and link lists) are no part of the document."""
    p = tmp_path / "page.md"
    p.write_text("# 北京市支持新型储能产业发展的若干政策措施\n\n一、支持企业发展。对企业给予最高100万元奖励。\n\n"
                 "- [中国工程院](https://www.cae.cn/ \"中国工程院\")\n- [国务院发展研究中心](http://www.drc.gov.cn/)\n",
                 encoding="utf-8")
    doc = read_document(p)
    assert "中国工程院" not in doc.text and "奖励" in doc.text


def test_a_share_bar_above_the_document_does_not_cut_it() -> None:
    """A page's 【打印】/分享到 bar above its document is chrome, not the start of a trailer: the text below stays;
    the same bar after the document still ends it."""
    body = "\n".join(f"{k}.开展第{k}项工作。加快推进建设。完善配套政策。" for k in range(1, 5))
    top = normalize("深圳市氢能产业创新发展行动计划\n【打印】【字体:大中小】\n分享到:\n" + body)
    assert "4.开展第4项工作" in top.text
    bottom = normalize("深圳市氢能产业创新发展行动计划\n" + body + "\n分享到:\n相关阅读:某某新闻。")
    assert "4.开展第4项工作" in bottom.text and "相关阅读" not in bottom.text


def test_an_sql_row_with_a_title_and_its_fuller_form():
    """A row holding 第BH035号建议的答复 and, in another column, 对十三届全国人大代表第BH035号建议的答复: the fuller title."""
    row = ("INSERT INTO `news` VALUES (76, '2021-03-15 19:55:17', '第BH035号建议的答复', '对十三届全国人大代表第BH035号建议的答复', "
           "'<p>部积极支持种业企业兼并重组、做大做强,推动种业企业兼并重组,把鼓励企业兼并重组作为重点任务加以布局推进。</p>');")
    from policykg.loaders.reading.carriers import unwrap
    assert unwrap(row)[0].splitlines()[0] == "对十三届全国人大代表第BH035号建议的答复"
