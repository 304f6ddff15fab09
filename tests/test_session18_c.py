"""Session 18 rules from batches 53-54 (issue 13): an RSS item (a site's feed of its notices, saved as .xml) is a
carrier: its title and its entity-escaped body are the document, and its report is named by the file's stem; companies
that policy texts name by their short or brand names (建设银行, 国开行, 中石化, 美团) are enterprises."""
from __future__ import annotations

from pathlib import Path

from policykg.loaders import read_document
from policykg.loaders.document import doc_id_for
from policykg.loaders.entities.orgs import find_orgs
from policykg.loaders.normalize import fold

FEED = """    <item>
      <title>2014农业生产专项资金管理办法</title>
      <link>http://localhost:8080/push/aidetail.action?id=20150503</link>
      <description>&lt;p align="justify"&gt;&#xD;
	&lt;span&gt;各地级以上市财政局、农业局：&lt;/span&gt;&#xD;
&lt;/p&gt;&lt;p&gt;根据《广东省人民政府关于印发&amp;lt;广东省省级财政专项资金管理办法&amp;gt;的通知》，省财政厅、省农业厅制订了本办法，现印发给你们，请遵照执行。&lt;/p&gt;
&lt;p align="center"&gt;广东省财政厅&amp;nbsp;广东省农业厅&lt;/p&gt;&lt;p align="center"&gt;2014年4月11日&lt;/p&gt;
&lt;p&gt;第一条 为规范专项资金管理，制定本办法。&lt;/p&gt;&lt;p&gt;第二条 省财政厅负责专项资金的预算管理和资金下达。&lt;/p&gt;
&lt;p&gt;第三条 省农业厅负责项目的组织实施和绩效评价，对每个项目补助最高不超过50万元。&lt;/p&gt;</description>
    </item>
"""


def test_an_rss_item_is_read_as_its_title_and_decoded_body(tmp_path: Path):
    path = tmp_path / "guangdong-fund-2014.xml"
    path.write_text(FEED, encoding="utf-8")
    doc = read_document(path)
    assert doc.doc_id == "guangdong-fund-2014"
    assert doc.title == "2014农业生产专项资金管理办法"
    assert doc.date == "2014-04-11"
    text = "".join(m.text for m in doc.measures)
    assert "&lt;" not in text and "<p" not in text
    assert any(r.normalized == "广东省农业厅" for m in doc.measures for r in m.responsible)


def test_a_feed_file_is_named_by_its_stem():
    assert doc_id_for("corpus/notices.xml") == "notices"
    assert doc_id_for("corpus/notices.rss") == "notices"


def test_companies_named_by_short_or_brand_names():
    found = {f.name for f in find_orgs(fold("协调国开行、农发行加大信贷支持,推动中石化、中石油开放加油站,支持美团开展线上培训。"))
             if f.kind == "enterprises"}
    assert {"国开行", "农发行", "中石化", "中石油", "美团"} <= found


def test_a_place_that_reads_like_a_brand_is_no_company():
    found = {f.name for f in find_orgs(fold("地址:江西省南昌市京东大道113号。")) if f.kind == "enterprises"}
    assert found == set()


def test_a_municipalitys_transport_body_is_its_transport_commission():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction
    shanghai = AgencyResolver(Jurisdiction("上海市", "province"))
    assert shanghai.normalize("市交通管理部门") == "上海市交通委员会"
    assert shanghai.normalize("交通部门") == "上海市交通委员会"
    suzhou = AgencyResolver(Jurisdiction("苏州市", "city", ("江苏省",)))
    assert suzhou.normalize("市交通管理部门") == "苏州市交通运输局"


def test_the_pre_2018_supervision_functions_name_their_bureaus():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction
    shanghai = AgencyResolver(Jurisdiction("上海市", "province"))
    assert shanghai.normalize("市安全监管部门") == "上海市安全生产监督管理局"
    assert shanghai.normalize("市质量技术监督部门") == "上海市质量技术监督局"


def test_short_names_of_the_bureaus_before_the_2018_reform():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    from policykg.loaders.gazetteers.places import Jurisdiction
    fujian = AgencyResolver(Jurisdiction("福建省", "province"))
    got = [fujian.normalize(n) for n in ("省工商局", "省安监局", "省国土厅", "省国税局", "省地税局", "省法制办", "省外办", "福建保监局")]
    assert got == ["福建省工商行政管理局", "福建省安全生产监督管理局", "福建省国土资源厅", "福建省国家税务局", "福建省地方税务局",
                   "福建省人民政府法制办公室", "福建省人民政府外事办公室", "中国保险监督管理委员会福建监管局"]


def test_a_labelled_list_ends_where_the_closing_paragraph_is_glued_on():
    import sys
    sys.path.insert(0, "tests")
    from test_responsibility import Jurisdiction, resp
    fujian = Jurisdiction("福建省", "province", ())
    got = resp("（十九）加大政策扶持力度。加强信息共享。\n责任单位:省商务厅、住建厅、省外办各地、各部门要高度重视深化建筑业改革工作,"
               "及时研究解决重大问题。充分发挥行业协会的作用,及时反映企业诉求。", fujian, ("福建省人民政府办公厅",), "opinion")
    assert [n for _, n, _ in got] == ["福建省商务厅", "福建省住房和城乡建设厅", "福建省人民政府外事办公室"]
