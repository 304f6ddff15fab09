      {
        node: {
          id: 4,
          title: "脱贫户“脱贫”、贫困村“退出”、贫困乡镇“摘帽”流程",
          createdAt: "2019/3/15",
          author: "管理员",
          content: `<p style="margin-top:5px;margin-right:0;margin-bottom:0;margin-left: 0;margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px;">（一）贫困人口</span></strong><strong><span style="font-size: 21px;">“</span></strong><strong><span style="font-size: 21px;">脱贫</span></strong><strong><span style="font-size: 21px;">”</span></strong><strong><span style="font-size: 21px;">程序</span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">1.</span></strong><strong><span style="font-size: 18px;">村民小组提名。</span></strong><span style="font-size: 18px;">村民小组根据对贫困户的帮扶措施落实情况和帮扶效果，结合贫困户脱贫认定标准，向所在村民委员会提出拟脱贫认定贫困户名单。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">2.</span></strong><strong><span style="font-size: 18px;">村</span></strong><strong><span style="font-size: 18px;">“</span></strong><strong><span style="font-size: 18px;">两委</span></strong><strong><span style="font-size: 18px;">”</span></strong><strong><span style="font-size: 18px;">和驻村工作队核实。</span></strong><span style="font-size: 18px;">根据村民小组提出的拟脱贫认定贫困户名单，由村支</span><span style="font-size: 18px;">“</span><span style="font-size: 18px;">两委</span><span style="font-size: 18px;">”</span><span style="font-size: 18px;">、村</span><span style="font-size: 18px;">“</span><span style="font-size: 18px;">第一书记</span><span style="font-size: 18px;">”</span><span style="font-size: 18px;">、扶贫工作队</span><span style="font-size: 18px;">(</span><span style="font-size: 18px;">组</span><span style="font-size: 18px;">)</span><span style="font-size: 18px;">、驻村干部和村民代表共同初审确定全村拟脱贫认定贫困户名单，并组成</span><span style="font-size: 18px;">5-7</span><span style="font-size: 18px;">人<span style="letter-spacing: -1px;">的入户调查组开展入户调查（每组必须有</span></span><span style="font-size: 18px; letter-spacing: -1px;">1-2</span><span style="font-size: 18px; letter-spacing: -1px;">名村民代表），对每个拟脱贫认定贫困户进行人均可支配收入调查和</span><span style="font-size: 18px; letter-spacing: -1px;">“</span><span style="font-size: 18px; letter-spacing: -1px;">四看法</span><span style="font-size: 18px; letter-spacing: -1px;">”</span><span style="font-size: 18px; letter-spacing: -1px;">综合评估。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">3.</span></strong><strong><span style="font-size: 18px;">拟退出贫困户认可。</span></strong><span style="font-size: 18px;">经村支</span><span style="font-size: 18px;">“</span><span style="font-size: 18px;">两委</span><span style="font-size: 18px;">”</span><span style="font-size: 18px;">入户核查，拟退出贫困户达到当年的退出标准，同意按程序退出。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">4.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">在村内公示无异议后公告退出。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">由村民委员会召开村民代表大会对每个拟退出贫困户及入户调查情况进行评议，对评议结果进行公示。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">5.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">报乡镇人民政府核准。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">乡镇人民政府组织扶贫工作站等单位对村支</span><span style="font-size: 18px; font-family: Arial, sans-serif;">“</span><span style="font-size: 18px; font-family: 微软雅黑;">两委</span><span style="font-size: 18px; font-family: Arial, sans-serif;">”</span><span style="font-size: 18px; font-family: 微软雅黑;">上报的贫困户退出认定名单及材料进行核查，核查中须按</span><span style="font-size: 18px; font-family: Arial, sans-serif;">3-5%</span><span style="font-size: 18px; font-family: 微软雅黑;">的比例对拟脱贫认定贫困户进行抽查。由乡镇人民政府核准，报县级扶贫开发领导小组备案。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:0;margin-left: 0;margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">6.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">签字背书确认并在建档立卡贫困人口中销号。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">由贫困户所在乡镇党委和政府主要负责人，乡镇扶贫工作站主要负责人，村党支部书记和村委会主任，村</span><span style="font-size: 18px; font-family: Arial, sans-serif;">“</span><span style="font-size: 18px; font-family: 微软雅黑;">第一书记</span><span style="font-size: 18px; font-family: Arial, sans-serif;">”</span><span style="font-size: 18px; font-family: 微软雅黑;">，驻村工作队（组）主要负责人，贫困户签字背书确认退出。同时在</span><span style="font-size: 18px; font-family: Arial, sans-serif;">“</span><span style="font-size: 18px; font-family: 微软雅黑;">扶贫云</span><span style="font-size: 18px; font-family: Arial, sans-serif;">”</span><span style="font-size: 18px; font-family:微软雅黑;">建档立卡系统中标识。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:20px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px; font-family: 微软雅黑;">签字日期的逻辑关系：应严格按照公示不低于</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天的工作程序开展工作，即贫困户签字确认退出，村级核查后进行</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天公示（公示期间村级签字），报乡镇抽查后进行乡镇级公示</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天（乡镇级签字），报县公告</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天后批复确认。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:0;margin-left: 0;margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px; font-family: 微软雅黑;">（二）贫困村</span></strong><strong><span style="font-size: 21px; font-family: Arial, sans-serif;">“</span></strong><strong><span style="font-size: 21px; font-family: 微软雅黑;">退出</span></strong><strong><span style="font-size: 21px; font-family: Arial, sans-serif;">”</span></strong><strong><span style="font-size: 21px; font-family: 微软雅黑;">程序</span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">1.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">贫困村申请。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">按照国家和省定贫困村退出标准，统筹考虑村内基础设施、基本公共服务、产业发展、集体经济收入等综合因素，贫困村开展自查，提出贫困村退出申请。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">2.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">乡镇审批。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">乡镇人民政府组织对达到退出标准的贫困村进行审核认定。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">3.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">县级核准。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">乡镇审核认定后，报县级扶贫开发领导小组核准。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">4.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">签字背书。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">联系贫困村的县和乡镇领导，乡镇扶贫工作站负责人，村党支部书记和村委会主任，村</span><span style="font-size: 18px; font-family: Arial, sans-serif;">“</span><span style="font-size: 18px; font-family: 微软雅黑;">第一书记</span><span style="font-size: 18px; font-family: Arial, sans-serif;">”</span><span style="font-size: 18px; font-family: 微软雅黑;">，驻村工作队（组）主要负责人签字背书确认退出。同时在</span><span style="font-size: 18px; font-family: Arial, sans-serif;">“</span><span style="font-size: 18px; font-family: 仿宋_GB2312;">扶贫云</span><span style="font-size: 18px; font-family: Arial, sans-serif;">”</span><span style="font-size: 18px; font-family: 微软雅黑;">建档立卡系统中标识确认。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:0;margin-left: 0;margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">5.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">省州级备案。</span></strong><span style="font-size: 18px; font-family:微软雅黑;">经乡镇人民政府批复认定退出的贫困村，以县为单位上报州扶贫开发领导小组备案，州汇总后，以州为单位上报省扶贫开发领导小组备案。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:20px;margin-left: 0;text-indent:41px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px; font-family: 微软雅黑;">签字日期的逻辑关系：应严格按照公示不低于</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天的工作程序开展工作，村</span><span style="font-size: 18px; font-family: Arial, sans-serif;">→</span><span style="font-size: 18px; font-family: 微软雅黑;">镇乡</span><span style="font-size: 18px; font-family: Arial, sans-serif;">→</span><span style="font-size: 18px; font-family: 微软雅黑;">县三级签字认定时间应分别间隔</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:0;margin-left: 0;margin-bottom:0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px; font-family: 微软雅黑;">（三）贫困乡镇</span></strong><strong><span style="font-size: 21px; font-family: Arial, sans-serif;">“</span></strong><strong><span style="font-size: 21px; font-family: 微软雅黑;">摘帽</span></strong><strong><span style="font-size: 21px; font-family: Arial, sans-serif;">”</span></strong><strong><span style="font-size: 21px; font-family: 微软雅黑;">程序</span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">1.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">乡镇申请。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">根据省定贫困乡镇退出标准，乡镇人民政府组织开展自查，向所在县级扶贫开发领导小组提出退出申请。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">2.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">县级审核认定。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">县级扶贫开发领导小组组织县级相关部门人员对拟退出贫困乡镇进行审核并公示，公示无异议后，公告退出。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">3.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">签字背书。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">联系贫困乡镇的州和县领导，县扶贫局主要负责人，乡镇党委和政府主要负责人，乡镇扶贫工作站主要负责人签字背书确认。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">4.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">省州备案。</span></strong><span style="font-size: 18px; font-family: 微软雅黑;">经县级扶贫开发领导小组审批认定退出的贫困乡镇，以州级扶贫开发领导小组为单位汇总后报省级扶贫开发领导小组备案。</span></span>
</p>
<p style="margin: 5px 0px 0px; text-indent: 43px; line-height: 35px;">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px; font-family: 微软雅黑;">签字背书时间：镇乡公示时间为</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天，县级公告为</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天，每一级签字时间间隔最低为</span><span style="font-size: 18px; font-family: Arial, sans-serif;">7</span><span style="font-size: 18px; font-family: 微软雅黑;">天。</span></span>
</p>
`
        }
      },
