      {
        node: {
          id: 6,
          title: "易地搬迁扶贫政策",
          createdAt: "2019/3/15",
          author: "管理员",
          content: `<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">搬迁对象和规模：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">搬迁对象主要是居住在</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">一方水土养不起一方人</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">地区的农村建档立卡贫困人口。对贫困发生率</span><span style="font-size: 21px">50%</span><span style="font-size:21px;font-family:仿宋_GB2312">以上、</span><span style="font-size:21px">50</span><span style="font-size: 21px;font-family:仿宋_GB2312">户以下的自然村寨优先实施整体搬迁。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">补助标准：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">我省</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">十三五</span><span style="font-size: 21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">期间易地扶贫搬迁住房建设实行差别化补助和奖励政策：建档立卡贫困人口人均住房补助</span><span style="font-size:21px">2</span><span style="font-size:21px;font-family: 仿宋_GB2312">万元，非贫困人口人均住房补助</span><span style="font-size:21px">1.2</span><span style="font-size:21px;font-family:仿宋_GB2312">万元；签订旧房拆除协议并按期拆除的，人均奖励</span><span style="font-size:21px">1.5</span><span style="font-size:21px;font-family:仿宋_GB2312">万元。鳏寡孤独残（无生活来源、无劳动能力、无法定抚养义务人的</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family: 仿宋_GB2312">三无人员</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family:仿宋_GB2312">）等特困户先由民政供养服务机构进行安置，民政供养服务机构不能安置的，再由政府根据家庭实际人口统一提供相应的安置房，免费居住，产权归政府所有。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">建设标准：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">按照</span><span style="font-size:21px">“</span><span style="font-size:21px;font-family:仿宋_GB2312">保障基本</span><span style="font-size:21px">”</span><span style="font-size:21px;font-family: 仿宋_GB2312">的原则，防止贫困农户因搬迁负债而影响脱贫，城镇安置的人均不超过</span><span style="font-size:21px">20</span><span style="font-size:21px;font-family: 仿宋_GB2312">平方米，每户住房面积根据家庭实际人口合理确定。</span>
</p>
<p style="text-indent:43px;line-height:35px;text-autospace:none;vertical-align:middle">
    <strong><span style="font-size:21px;font-family:仿宋_GB2312">办理流程：</span></strong><span style="font-size:21px;font-family:仿宋_GB2312">选定搬迁对象目标区域</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">公布搬迁条件</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">普查筛选搬迁对象</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">群众申请</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">入户核实</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">村民小组评议</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">村委复议公示</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">乡镇</span><span style="font-size: 21px">(</span><span style="font-size:21px;font-family:仿宋_GB2312">街道</span><span style="font-size:21px">)</span><span style="font-size:21px;font-family: 仿宋_GB2312">政府</span><span style="font-size:21px">(</span><span style="font-size:21px;font-family:仿宋_GB2312">办事处</span><span style="font-size: 21px">)</span><span style="font-size:21px;font-family:仿宋_GB2312">复核再公示</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">县级部门初审</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family:仿宋_GB2312">州级审批</span><span style="font-size:21px">→</span><span style="font-size:21px;font-family: 仿宋_GB2312">省抽查确认。</span>
</p>
<p>
    <br/>
</p>`
        }
      },
