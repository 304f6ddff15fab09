"""Documents kept as records in program source (React/JS pages) read as the genre prints them."""
from policykg.loaders.document import read_document
from policykg.loaders.reading.carriers import unwrap
from policykg.loaders.reading.code_text import from_code

SOURCE = '''import React from 'react';
export default function Page() {
  return <main><nav>首页</nav><h1>某市数字政府建设2025年工作要点</h1>{sections.map(s => <p>{s.title}</p>)}</main>;
}
const sections = [
  { id: 1, title: "加快培育数字化发展引擎", icon: "x",
    subsections: [
      { id: "1-1", title: "打造数字技术创新高地",
        tasks: [
          { id: "1", title: "实施关键核心技术攻关", content: "优化实验室协同管理机制，支持\\"强芯\\"工程。",
            departments: "市科技局牵头，市工业和信息化局配合" },
          { id: "2", title: "推进产业协同创新", content: "完善制造业协同创新体系。", departments: "市发展改革委" },
        ] },
    ],
    summary: "本板块的小结。" },
];
'''


def test_records_become_numbered_headings_by_depth_with_unit_notes():
    text = from_code(SOURCE)
    lines = [ln for ln in text.split("\n") if ln]
    assert lines[0] == "某市数字政府建设2025年工作要点"
    assert "一、加快培育数字化发展引擎" in lines and "(一)打造数字技术创新高地" in lines
    assert "1.实施关键核心技术攻关" in lines and "2.推进产业协同创新" in lines
    # escapes resolved; a unit field with a role word stays as written, a bare list is labelled
    assert '优化实验室协同管理机制，支持"强芯"工程。(市科技局牵头，市工业和信息化局配合)' in lines
    assert "完善制造业协同创新体系。(责任单位:市发展改革委)" in lines
    # a field after the nested array still belongs to its own record (the section), not to a task
    assert lines.index("本板块的小结。") < lines.index("(一)打造数字技术创新高地")


def test_carrier_is_named_and_plain_text_is_left_alone():
    assert unwrap(SOURCE, ".txt")[1] == "code"
    plain = "关于印发工作要点的通知\n一、总体要求\nconst 不是代码。"
    assert from_code(plain) is None and unwrap(plain, ".txt") == (plain, None)


def test_measures_and_responsibility_from_a_code_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(SOURCE, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "某市数字政府建设2025年工作要点"
    by_title = {m.title: m for m in doc.measures}
    first = by_title["实施关键核心技术攻关"]
    assert [(r.name, r.role) for r in first.responsible][:2] == [("市科技局", "lead"), ("市工业和信息化局", "co")]


def test_a_crawled_page_heading_loses_its_site_name_and_section_label():
    page = ("---\nid: P_1\n---\n\n# 关于省十四届人大二次会议第1320号建议的答复 - 福建省发改委\n\n## 政策原文\n\n"
            "苏清泉代表:\n您提出的关于加快储能发展的建议收悉。现答复如下:\n")
    text, carrier = unwrap(page, ".md")
    assert carrier == "markdown"
    assert "关于省十四届人大二次会议第1320号建议的答复\n" in text and "福建省发改委" not in text
    from policykg.loaders.normalize import normalize
    lines = normalize(text).text.split("\n")
    assert lines[0] == "关于省十四届人大二次会议第1320号建议的答复" and lines[1] == "政策原文"


def test_front_matter_keeps_the_date_and_number_not_the_collectors_record():
    page = ("---\nid: P_1\nissuer:\n- 福建省发展和改革委员会\ndate: '2024-04-20'\nofficial_number: 闽发改〔2024〕1号\n"
            "provenance:\n  url: https://example.org\n---\n\n# 关于印发某某办法的通知\n\n正文。\n")
    text, _ = unwrap(page, ".md")
    assert "发布日期:2024-04-20" in text and "文号:闽发改〔2024〕1号" in text
    assert "福建省发展和改革委员会" not in text and "example.org" not in text and "P_1" not in text


def test_a_folder_scan_reads_scripts_that_hold_a_document_and_skips_other_code(tmp_path):
    from policykg.loaders.document import collect_paths, doc_id_for
    (tmp_path / "policy.js").write_text(SOURCE + "// " + "政策文本" * 100, encoding="utf-8")
    (tmp_path / "app.js").write_text("export default function App() { return null; }\n", encoding="utf-8")
    assert [p.name for p in collect_paths([tmp_path])] == ["policy.js"]
    assert doc_id_for(tmp_path / "policy.js") == "policy"


def test_one_record_written_as_an_object_literal_is_read_as_its_document():
    record = ('  {\n    "id": "excel-2",\n    "title": "某市人民政府办公室关于印发工作方案的通知",\n    "tags": ["人工智能"],\n'
              '    "documentNumber": "某政办发〔2026〕36号",\n    "publishDate": "2026-07-01",\n'
              '    "content": `为全面落实有关部署,制定本工作方案。\n\n一、重点任务\n\n1. 提升数据归集能力。'
              + "持续完善市级政务数据共享交换平台。" * 10 + '（牵头单位：市数据局）`\n  },\n')
    text, carrier = unwrap(record, ".js")
    assert carrier == "js"
    assert text.split("\n")[:3] == ["某市人民政府办公室关于印发工作方案的通知", "某政办发〔2026〕36号", "2026-07-01"]
    assert "（牵头单位：市数据局）" in text and "excel-2" not in text
