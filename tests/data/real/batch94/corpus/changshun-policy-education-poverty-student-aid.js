      {
        node: {
          id: 0,
          title: "教育精准扶贫政策",
          createdAt: "2019/3/15",
          author: "管理员",
          content: `<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px;">一、享受对象：</span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:20px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-size: 18px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">在普通高中、中职学校、普通高校（不含研究生阶段）就读，具有全日制学历教育正式学籍和我省户籍的农村建档立卡贫困户子女。</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px;">二、资助项目：</span></strong><strong><span style="font-size: 21px;"></span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px; font-family: 微软雅黑;">除执行国家助学金和免学费政策外，贵州省增加以下教育精准扶贫学生资助项目</span><span style="font-size: 18px; font-family: Arial, sans-serif;">:</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px; font-family: Arial, sans-serif;">1.</span></strong><strong><span style="font-size: 18px; font-family: 微软雅黑;">普通高中（</span></strong><span style="font-size: 18px; font-family: Arial, sans-serif;">1900</span><span style="font-size: 18px; font-family: 微软雅黑;">元</span><span style="font-size: 18px; font-family: Arial, sans-serif;">/</span><span style="font-size: 18px; font-family: 微软雅黑;">生</span><span style="font-size: 18px; font-family: Arial, sans-serif;">•</span><span style="font-size: 18px; font-family: 微软雅黑;">年<strong>）</strong></span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px;">（</span><span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 18px;">1）扶贫专项助学金，标准为1000元/生•年；</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 18px;">（2）免教科书费，标准为400元/生•年；</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><span style="font-size: 18px; font-family: 微软雅黑;">（3）免住宿费，标准为500元/生</span><span style="font-size: 18px; font-family: 微软雅黑, sans-serif;">•</span><span style="font-size: 18px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">年。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">2.</span></strong><strong><span style="font-size: 18px;">中职学校（一、二年级）（</span></strong><span style="font-size: 18px;">1900元/生•年<strong>）</strong></span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 18px;">（1）扶贫专项助学金，标准为1000元/生•年；</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 18px;">（2）免教科书费，标准为400元/生•年；</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;; font-size: 18px;">（3）免住宿费，标准为500元/生•年。</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">3.</span></strong><strong><span style="font-size: 18px;">普通高校（本科：</span></strong><span style="font-size: 18px;">4830元/生•年；<strong>专科：</strong>4500元/生•年<strong>）</strong></span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-size: 18px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">（1）扶贫专项助学金，标准为1000元/生•年；</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:20px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-size: 18px; font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">（2）免学费，标准为本科3830元/生•年、专科(高职)3500元/生•年。</span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 21px;">三、办理流程：</span></strong></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:10px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">1.</span></strong><strong><span style="font-size: 18px;">省内学校：</span></strong><span style="font-size: 18px;">已获得过资助的农村建档立卡贫困学生，入学报到时直接按资助标准免除国家免学费和贵州省教育精准扶贫学生资助免学费、教科书费、住宿费资助项目的费用。农村建档立卡一年级贫困新生凭县级扶贫部门发放的具有二维码标识的“贵州省贫困户登记卡”和录取通知书，入学报到时直接按资助标准免除国家免学费和贵州省教育精准扶贫学生资助免学费、教科书费、住宿费资助项目的费用。扶贫专项助学金资助项目由学校在每年秋季学期开学后一个月内，通过学生资助卡发放。</span></span>
</p>
<p style="margin-top:5px;margin-right:0;margin-bottom:5px;margin-left: 0;text-indent:43px;line-height:35px;vertical-align:middle">
    <span style="font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;"><strong><span style="font-size: 18px;">2.</span></strong><strong><span style="font-size: 18px;">省外学校：</span></strong><span style="font-size: 18px;">已获得过资助的农村建档立卡贫困学生凭就读学校盖章的申请表，农村建档立卡一年级贫困新生凭县级扶贫部门发放的具有二维码标识的“贵州省贫困户登记卡”和录取学校盖章的申请表，在每年秋季学期开学后一个月内，到户籍所在地县级教育局（人力资源社会保障局）申请，通过涉农补贴“一卡通”或“一折通”发放资助资金。</span></span>
</p>
<p>
    <br/>
</p>
`
        }
      },
