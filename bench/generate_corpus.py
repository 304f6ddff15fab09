"""Generate a synthetic corpus of policy documents FOR BENCHMARKS ONLY.

The texts recombine the genre's structures (action plans with numbered tasks and
责任单位 parentheses, funding measures with caps, tiers and ratios, replies to
人大建议 / 政协提案 with proposers and contact lines) with varied jurisdictions,
agencies, amounts, enterprises, platforms and citations, so every extraction
and graph code path runs at scale.  They are not real policies and must never
be used to measure accuracy.

Usage: .venv/bin/python bench/generate_corpus.py N OUT_DIR [--seed 7]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

CITIES = [("广东省", "广州市"), ("广东省", "深圳市"), ("广东省", "东莞市"), ("江苏省", "苏州市"), ("江苏省", "南京市"),
          ("浙江省", "杭州市"), ("浙江省", "宁波市"), ("四川省", "成都市"), ("湖北省", "武汉市"), ("山东省", "青岛市"),
          ("福建省", "厦门市"), ("安徽省", "合肥市"), ("陕西省", "西安市"), ("湖南省", "长沙市")]
DISTRICTS = ["福田区", "南山区", "天河区", "黄埔区", "鼓楼区", "西湖区", "高新区", "江北区", "武侯区", "思明区"]
BUREAUS = ["工信局", "发展改革委", "科技局", "财政局", "商务局", "人力资源社会保障局", "市场监管局", "金融监管局",
           "教育局", "卫生健康委", "交通运输局", "政务服务数据管理局", "住房城乡建设局", "生态环境局", "统计局"]
TOPICS = ["区块链", "人工智能", "集成电路", "生物医药", "新能源汽车", "数字经济", "低空经济", "工业互联网", "智能制造"]
TASKS = [
    ("加快{t}核心技术攻关", "支持高校、科研院所与龙头企业联合攻关{t}关键核心技术,组织实施一批技术攻关项目。"),
    ("建设{t}公共服务平台", "鼓励科研机构和企业共建{t}公共服务平台,为中小企业提供检测认证、技术咨询等服务。"),
    ("推进{t}产业联盟建设", "推进{t}产业联盟和行业协会建设,吸引上下游企业加入,开展交流合作。"),
    ("加强{t}人才引育", "实施{t}人才培养计划,支持高校开设相关课程,建设人才培训基地。"),
    ("拓展{t}应用场景", "在政务服务、城市管理、金融科技等领域开展{t}应用试点示范。"),
    ("完善{t}金融支持", "鼓励金融机构加大对{t}企业的信贷支持,引导社会资本设立产业基金。"),
    ("培育{t}龙头企业", "建立{t}企业库,坚持一企一策,培育一批具有核心竞争力的龙头企业。"),
]
FUNDING = [
    "对获评国家级、省级{t}示范项目的企业,分别给予{a}、{b}万元奖励。",
    "按项目实际投资额的{p}%给予补助,单个项目最高{c}万元。",
    "对新认定的{t}创新平台,给予最高{c}万元资助。",
    "设立总规模不低于{f}亿元的{t}产业基金。",
    "对年营业收入首次突破1亿元、5亿元的企业,分别给予{a}、{b}万元奖励。",
]
COMPANIES = ["华为", "腾讯", "比亚迪", "大疆", "中兴通讯", "科大讯飞", "海康威视", "宁德时代", "京东方", "小米",
             "迈瑞医疗", "汇川技术", "立讯精密", "蔚来", "商汤科技"]
PLATFORMS = ["{c}{t}创新中心", "{c}{t}产业园", "{c}数据交易所", "{c}{t}研究院", "{c}大学{t}实验室"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
NUMERALS = "一二三四五六七八九十"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _bureaus(rng: random.Random, prefix: str, k: int) -> str:
    return "、".join(prefix + b for b in rng.sample(BUREAUS, k))


def action_plan(rng: random.Random, i: int) -> str:
    prov, city = rng.choice(CITIES)
    t = rng.choice(TOPICS)
    y = rng.randint(2019, 2025)
    short = city[:-1]
    lines = [f"{city}推进{t}产业发展行动计划({y}-{y + 2}年)", "",
             f"{short}府办〔{y}〕{rng.randint(1, 99)}号", "",
             f"为加快{t}产业发展,根据《{prov}{t}产业发展规划》,结合我市实际,制定本行动计划。",
             "一、总体目标", f"到{y + 2}年,全市{t}产业规模超过{rng.randint(100, 900)}亿元。", "二、重点任务"]
    n = 0
    for s, section in enumerate(rng.sample(TASKS, rng.randint(3, 6))):
        lines.append(f"({NUMERALS[s]}){section[0].format(t=t)}行动")
        for _ in range(rng.randint(1, 3)):
            n += 1
            title, body = rng.choice(TASKS)
            money = rng.choice(FUNDING).format(t=t, a=rng.choice((100, 200, 300)), b=rng.choice((50, 80)),
                                               c=rng.choice((50, 100, 500, 1000)), p=rng.choice((20, 30, 50)),
                                               f=rng.choice((5, 10, 20))) if rng.random() < 0.5 else ""
            firms = "、".join(rng.sample(COMPANIES, 3))
            lines.append(f"{n}.{title.format(t=t)}。{body.format(t=t)}{money}支持{firms}等龙头企业发挥带动作用。"
                         f"(责任单位:{_bureaus(rng, '市', rng.randint(1, 4))})")
    plat = rng.choice(PLATFORMS).format(c=short, t=t)
    lines += ["三、保障措施", "(一)加强组织领导", f"建立工作推进机制,由市{rng.choice(BUREAUS)}牵头统筹推进。依托{plat}开展服务。",
              f"{city}人民政府办公室", f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    return "\n".join(lines)


def funding_measures(rng: random.Random, i: int) -> str:
    prov, city = rng.choice(CITIES)
    t = rng.choice(TOPICS)
    y = rng.randint(2019, 2025)
    lines = [f"{city}关于支持{t}产业高质量发展的若干措施", ""]
    for k in range(rng.randint(5, 12)):
        money = rng.choice(FUNDING).format(t=t, a=rng.choice((100, 200, 300)), b=rng.choice((50, 80)),
                                           c=rng.choice((50, 100, 500, 1000)), p=rng.choice((20, 30, 50)),
                                           f=rng.choice((5, 10, 20)))
        lines.append(f"第{NUMERALS[k] if k < 10 else '十' + NUMERALS[k - 10]}条 {rng.choice(TASKS)[0].format(t=t)}。{money}"
                     f"(牵头单位:市{rng.choice(BUREAUS)};配合单位:{_bureaus(rng, '市', 2)})")
    lines += [f"本措施自印发之日起施行,有效期{rng.choice(('三', '五'))}年。", f"{city}人民政府", f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    return "\n".join(lines)


def reply(rng: random.Random, i: int) -> str:
    prov, city = rng.choice(CITIES)
    district = rng.choice(DISTRICTS)
    t = rng.choice(TOPICS)
    y = rng.randint(2019, 2025)
    number = f"{y}{rng.randint(1, 999):04d}"
    kind, role = rng.choice((("建议", "代表"), ("提案", "委员")))
    people = "、".join(_name(rng) for _ in range(rng.randint(1, 4)))
    lines = [f"关于区{'人大代表' if kind == '建议' else '政协'}{kind}第{number}号《关于加快{t}产业发展的{kind}》的答复", "",
             f"尊敬的{people}{role}:", f"《关于加快{t}产业发展的{kind}》已收悉,现答复如下:"]
    for k in range(rng.randint(2, 5)):
        money = rng.choice(FUNDING).format(t=t, a=rng.choice((100, 200)), b=50, c=rng.choice((20, 50, 100)),
                                           p=rng.choice((30, 50)), f=5)
        lead, partner = rng.sample(BUREAUS, 2)
        lines.append(f"{NUMERALS[k]}、关于{rng.choice(TASKS)[0].format(t=t)}。我区出台《{district}支持{t}产业发展若干措施》,"
                     f"{money}区{lead}联合区{partner}举办{t}投融资路演活动。")
    lines += ["感谢您对我区工作的关心和支持。", f"{city}{district}{rng.choice(BUREAUS)}", f"{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
              f"(联系人:{_name(rng)},联系电话:0755-{rng.randint(10000000, 99999999)})"]
    return "\n".join(lines)


GENRES = (action_plan, funding_measures, reply)


def generate(n: int, out: Path, seed: int = 7) -> list[Path]:
    """Write ``n`` synthetic documents into ``out``; deterministic for a seed."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        genre = GENRES[i % len(GENRES)]
        path = out / f"synthetic-{i:06d}-{genre.__name__}.txt"
        path.write_text(genre(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a synthetic corpus (benchmarks only).")
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, args.seed)
    print(f"wrote {len(paths)} synthetic documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
