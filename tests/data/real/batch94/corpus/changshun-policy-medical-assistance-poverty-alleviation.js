      {
        node: {
          id: 8,
          title: "医疗救助扶贫政策",
          createdAt: "2019/3/15",
          author: "管理员",
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">保障对象：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">全县农村建档立卡贫困人口</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">1.</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">资助参合</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">。</span></strong><span style="font-size:21px">2017</span><span style="font-size:21px;font-family:仿宋_GB2312">年起，除原规定由民政、卫生计生部门分别资助当年度个人参合（保）的</span><span style="font-size:21px">11</span><span style="font-size:21px;font-family: 仿宋_GB2312">类人群（注：精准扶贫建档立卡贫困人口中的大病患者；特困供养人员；最低生活保障家庭成员；享受抚恤补助的优抚对象；计生</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">两户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">家庭成员；二十世纪六十年代初精减退职老职工；艾滋病人和艾滋病机会性感染者；家庭经济困难的精神障碍患者、肇事肇祸精神障碍患者；低收入家庭中的重病患者、重度残疾人以及老年人；因医疗自付费用过高导致家庭无力承担的患者；县级以上人民政府规定的其他特殊困难人群。）外，对其余农村建档立卡贫困人口，当年度个人参合（保）缴费确有困难的，由县级人民政府按照脱贫攻坚规划整合相关资金予以资助，确保农村建档立卡贫困人口全部参合（保）。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">2.</span></strong><strong><span style="font-size:21px;font-family: 仿宋_GB2312">实施</span></strong><strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">两提高、两降低、一减免</span></strong><strong><span style="font-size: 21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">政策。</span></strong><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两提高</span><span style="font-size: 21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即提高普通门诊和普通住院报销比例（提高幅度不低于</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family: 仿宋_GB2312">个百分点）、提高大病保险报销比例；</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两降低</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即</span><span style="font-size:21px;font-family:仿宋_GB2312">降低普通住院和大病保险（县外需转诊）起付线；</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一减免</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">即</span><span style="font-size:21px;font-family:仿宋_GB2312">经转诊在县外新农合定点医疗机构住院的不设起付线。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">3.“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">四重医疗保障</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">救助：</span></strong>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">一重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">新农合基本医保</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">针对建档立卡贫困人口，门诊不设起付线，报销比例提高</span><span style="font-size:21px">5</span><span style="font-size:21px;font-family:仿宋_GB2312">个百分点，村乡两级报销比例达到</span><span style="font-size:21px">65%</span><span style="font-size:21px;font-family:仿宋_GB2312">；取消经转诊到县外住院</span><span style="font-size:21px">1000</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">元起付线，报销比例提高</span><span style="font-size:21px;letter-spacing:-0">5</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing: -0">个百分点，将</span><span style="font-size: 21px;letter-spacing:-0">19</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-0">项残疾人医疗康复项目纳入基本医保保障范围。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">二重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">大病保险</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">切实落实大病保险报销政策，补偿比例在上年度的基础上提高</span><span style="font-size:21px">10%</span><span style="font-size:21px;font-family:仿宋_GB2312">。对建档立卡贫困人口在县外住院的患者，经办理转诊转院审批手续，取消</span><span style="font-size:21px">7000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元起付线，经新农合报销后，剩余政策范围内医药费用，直接纳入大病保险补偿范畴，具体补偿标准为：</span><span style="font-size:21px">0-35000</span><span style="font-size:21px;font-family: 仿宋_GB2312">元按</span><span style="font-size:21px">60%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销，</span><span style="font-size:21px">35001-70000</span><span style="font-size:21px;font-family:仿宋_GB2312">元按</span><span style="font-size:21px">70%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销，</span><span style="font-size:21px">70001-140000</span><span style="font-size:21px;font-family:仿宋_GB2312">元按</span><span style="font-size:21px">80%</span><span style="font-size:21px;font-family:仿宋_GB2312">报销。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">三重保障</span></strong><span style="font-size:21px;letter-spacing:-1px">—</span><span style="font-size:21px;font-family:仿宋_GB2312;letter-spacing:-1px">民政医疗救助（计生奖励扶助）</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">一是针对精准扶贫建档立卡贫困人口，经新农合基本医保、大病保险补偿后，剩余政策范围内自付费用，由民政按普通疾病</span><span style="font-size:21px">70%</span><span style="font-size:21px;font-family:仿宋_GB2312">、重大疾病</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">的比例救助（超年度封顶线外费用不予报销），由民政医疗救助基金全额支付。二是精准扶贫建档立卡贫困人口中的计生</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">两户</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">家庭成员（子女未满</span><span style="font-size:21px">18</span><span style="font-size:21px;font-family:仿宋_GB2312">周岁）经新农合基本医保、大病保险补偿后，剩余政策范围内自付费用按</span><span style="font-size:21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">比例报销，由计生利益导向资金全额支付。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">四重保障</span></strong><span style="font-size:21px">—</span><span style="font-size:21px;font-family:仿宋_GB2312">落实精准医疗救助</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <span style="font-size:21px;font-family:仿宋_GB2312">针对建档立卡贫困人口，经新农合基本医保、大病保险、民政医疗救助（计生奖励扶助）补偿后，剩余政策范围内医药费用全部纳入精准医疗救助，由县级财政整合专项扶助资金，对剩余部分给予</span><span style="font-size:21px">100%</span><span style="font-size:21px;font-family: 仿宋_GB2312">救助。</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">申办流程</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">：医院就诊</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">提供身份证和合医卡（合医证）</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">治愈出院</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">医院</span><span style="font-size: 21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一站式</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">（新农合、大病保险、医疗救助、医疗扶助）</span><span style="font-size: 21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">支付政策范围外自付费用</span>
</p>
<p style="text-indent:32px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px">“</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">一站式</span></strong><strong><span style="font-size:21px">”</span></strong><strong><span style="font-size:21px;font-family:仿宋_GB2312">结报：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">即在县内医疗机构出院时一次性报销新农合、大病保险、民政医疗救助（计生扶助）、精准医疗扶助资金，病人不再自行去民政、计生等部门申报医疗救助资金。</span>
</p>
<p>
    <br/>
</p>`
        }
      }
