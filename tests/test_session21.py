"""Session 21 rules (issue 13), each from a convention seen in real documents of the development corpus."""
from __future__ import annotations

import sys

sys.path.insert(0, "tests")
from test_responsibility import Jurisdiction, resp  # noqa: E402, F401

NATIONAL = Jurisdiction("全国", "national", ())


def test_a_body_written_as_the_usual_contraction_of_its_full_name_in_the_same_text_is_that_body():
    from policykg.loaders.gazetteers.agencies import AgencyResolver
    pingtan = AgencyResolver(Jurisdiction("平潭综合实验区", "district", ("福建省",)))
    pingtan.know(("平潭综合实验区自然资源与生态环境局", "平潭综合实验区财政金融局"))
    assert pingtan.normalize("区资源生态局") == "平潭综合实验区自然资源与生态环境局"
    assert pingtan.normalize("区财金局") == "平潭综合实验区财政金融局"
    suzhou = AgencyResolver(Jurisdiction("宿州市", "city", ("安徽省",)))
    suzhou.know(("宿州市房产管理服务中心", "宿州市住房和城乡建设局"))
    assert suzhou.normalize("市房管中心") == "宿州市房产管理服务中心"
    # an ordinary function's body is its own body, even beside a longer name that holds its characters
    assert suzhou.normalize("市建设局") != "宿州市住房和城乡建设局"
    pingtan.know(("平潭综合实验区财政金融局", "平潭综合实验区教育与体育局"))
    assert pingtan.normalize("区财政局") != "平潭综合实验区财政金融局"
