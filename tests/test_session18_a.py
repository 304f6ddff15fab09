"""Session 18 rules (issue 13): a task run into one line ends its unit list where the next task's quoted heading
begins (…配合单位:区党群工作部、通管办“互联网+”医疗卫生:…); a tier's association or society (市计划生育协会,
市红十字会) and its housing fund centre written short (市公积金管理中心) are the place's bodies."""
from __future__ import annotations

from policykg.loaders import parse_document
from policykg.loaders.gazetteers.agencies import AgencyResolver
from policykg.loaders.gazetteers.places import Jurisdiction


def _units(measure):
    return {r.normalized for r in measure.responsible}


def test_a_quoted_heading_ends_the_unit_list_of_a_run_on_task():
    text = ("某市“互联网+”行动计划\n一、重点行动\n（一）“互联网+”益民服务2．主要任务“互联网+”便民服务：推进“互联网+”在社会救助中的作用。"
            "牵头单位：市行政审批局，配合单位：市民政局、市大数据局“互联网+”医疗卫生：积极利用互联网提供预约诊疗、个人健康档案查询、"
            "第三方医疗支付等便捷服务。牵头单位：市卫生健康委员会\n")
    doc = parse_document(text)
    units = set().union(*(_units(m) for m in doc.measures))
    assert not any("查询" in u or "支付" in u or "诊疗" in u for u in units)
    assert any("大数据" in u for u in units)


def test_a_tiers_association_is_the_places_body():
    r = AgencyResolver(Jurisdiction("北京市", "province"))
    assert r.normalize("市计划生育协会") == "北京市计划生育协会"
    assert r.normalize("市红十字会") == "北京市红十字会"


def test_a_housing_fund_centre_written_short_is_named_in_full():
    r = AgencyResolver(Jurisdiction("滁州市", "city", ("安徽省",)))
    assert r.normalize("市公积金管理中心") == "滁州市住房公积金管理中心"
    county = AgencyResolver(Jurisdiction("成安县", "county", ("邯郸市", "河北省")))
    assert county.normalize("县住房公积金中心") == "成安县住房公积金管理中心"


def test_a_task_table_row_goes_to_the_body_measure_its_title_names():
    from policykg.loaders.structure.spans import MeasureSpan
    from policykg.loaders.structure.table_measures import with_table_rows
    from policykg.loaders.structure.tables import TableRow
    body = [MeasureSpan("一.(四)", "推进停车难综合治理", 0, 40, ("一", "(四)")),
            MeasureSpan("一.(五)", "推进城市快速路更新整治", 40, 80, ("一", "(五)"))]
    # a table laid out one cell per line: the row's leading cells are the row above's targets, its title is its own
    row = TableRow("4", "推进停车难综合治理", 100, 160, ((150, 155, "lead"),),
                   ("建设慢行交通精品区域50个", "建设慢行交通精品区17个"), "附件")
    out = with_table_rows(body, [row])
    assert [m.id for m in out] == ["一.(四)", "一.(五)"]
    assert out[0].units == ((150, 155, "lead"),)


def test_a_run_on_plan_whose_numbering_skips_keeps_its_items_apart():
    from policykg.loaders.structure.flat_lines import _numbered_cuts
    t = ("三、重点任务(一)建设美丽乡村。责任分工:区规划局负责。(二)打造完整社区。责任分工:区交通局负责。(三)整治城镇节点。"
         "责任分工:区住建局负责。(六)市政提升工程。责任分工:区城管局负责。(七)推进绿道网建设。责任分工:区林业局负责。四、保障措施(一)加强组织领导。")
    cuts = [t[c:c + 3] for c in _numbered_cuts(t)]
    assert "(六)" in cuts and "(七)" in cuts


def test_a_numeral_out_of_sequence_inside_a_sentence_cuts_nothing():
    from policykg.loaders.structure.flat_lines import _numbered_cuts
    t = "(一)建设美丽乡村,包括(三)类村庄的整治。(二)打造完整社区。(三)整治城镇节点,涉及(五)个片区。"
    assert [t[c:c + 3] for c in _numbered_cuts(t)] == ["(二)", "(三)"]
