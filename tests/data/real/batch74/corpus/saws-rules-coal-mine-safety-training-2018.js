const article4 = `<div class="zhengwei1" id="zhengwen" deep="10">
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-family: 宋体;font-size: 27px">国家安全生产监督管理总局令</span></strong></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><span style="font-family: 仿宋; font-size: 20px;">第92号</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-family: 宋体; font-size: 20px;">《煤矿安全培训规定》已经2017年12月11日国家安全生产监督管理总局第16次局长办公会议审议通过，现予公布，自2018年3月1日起施行。</span></p>
<p style="text-align: right;line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">局长 &nbsp;王玉普</span></p>
<p style="text-align: right;line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 21px; font-family: 仿宋;">2018年1月11日</span></p>
<p style="text-align: right;line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-family: 宋体;font-size: 21px">&nbsp;</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;"><strong><span style="font-size: 20px;">煤矿安全培训规定</span></strong></span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第一章&nbsp; &nbsp;总则</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第一条&nbsp; &nbsp;为了加强和规范煤矿安全培训工作，提高从业人员安全素质，防止和减少伤亡事故，根据《中华人民共和国安全生产法》《中华人民共和国职业病防治法》等有关法律法规，制定本规定。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二条&nbsp; 煤矿企业从业人员安全培训、考核、发证及监督管理工作适用本规定。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">本规定所称煤矿企业，是指在依法批准的矿区范围内从事煤炭资源开采活动的企业，包括集团公司、上市公司、总公司、矿务局、煤矿。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">本规定所称煤矿企业从业人员，是指煤矿企业主要负责人、安全生产管理人员、特种作业人员和其他从业人员。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三条&nbsp; 国家煤矿安全监察局负责指导和监督管理全国煤矿企业从业人员安全培训工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省、自治区、直辖市人民政府负责煤矿安全培训的主管部门（以下简称省级煤矿安全培训主管部门）负责指导和监督管理本行政区域内煤矿企业从业人员安全培训工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省级及以下煤矿安全监察机构对辖区内煤矿企业从业人员安全培训工作依法实施监察。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四条&nbsp; &nbsp;煤矿企业是安全培训的责任主体，应当依法对从业人员进行安全生产教育和培训，提高从业人员的安全生产意识和能力。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业主要负责人对本企业从业人员安全培训工作全面负责。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第五条&nbsp; &nbsp;国家鼓励煤矿企业变招工为招生。煤矿企业新招井下从业人员，应当优先录用大中专学校、职业高中、技工学校煤矿相关专业的毕业生。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第二章&nbsp; &nbsp;安全培训的组织与管理</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第六条&nbsp; &nbsp;煤矿企业应当建立完善安全培训管理制度，制定年度安全培训计划，明确负责安全培训工作的机构，配备专职或者兼职安全培训管理人员，按照国家规定的比例提取教育培训经费。其中，用于安全培训的资金不得低于教育培训经费总额的百分之四十。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第七条&nbsp; 对从业人员的安全技术培训，具备《安全培训机构基本条件》（AQ/T8011）规定的安全培训条件的煤矿企业应当以自主培训为主，也可以委托具备安全培训条件的机构进行安全培训。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">不具备安全培训条件的煤矿企业应当委托具备安全培训条件的机构进行安全培训。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">从事煤矿安全培训的机构，应当将教师、教学和实习与实训设施等情况书面报告所在地省级煤矿安全培训主管部门。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第八条&nbsp; &nbsp;煤矿企业应当建立健全从业人员安全培训档案，实行一人一档。煤矿企业从业人员安全培训档案的内容包括：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）学员登记表，包括学员的文化程度、职务、职称、工作经历、技能等级晋升等情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）身份证复印件、学历证书复印件；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）历次接受安全培训、考核的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）安全生产违规违章行为记录，以及被追究责任，受到处分、处理的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）其他有关情况。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业从业人员安全培训档案应当按照《企业文件材料归档范围和档案保管期限规定》（国家档案局令第10号）保存。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第九条&nbsp; &nbsp;煤矿企业除建立从业人员安全培训档案外，还应当建立企业安全培训档案，实行一期一档。煤矿企业安全培训档案的内容包括：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）培训计划；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）培训时间、地点；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）培训课时及授课教师；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）课程讲义；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）学员名册、考勤、考核情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（六）综合考评报告等；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（七）其他有关情况。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">对煤矿企业主要负责人和安全生产管理人员的煤矿企业安全培训档案应当保存三年以上，对特种作业人员的煤矿企业安全培训档案应当保存六年以上，其他从业人员的煤矿企业安全培训档案应当保存三年以上。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第三章&nbsp; &nbsp;主要负责人和安全生产管理人员的安全培训</span><span style="font-family: 仿宋; font-size: 20px;">及考核</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十条&nbsp; &nbsp;本规定所称煤矿企业主要负责人，是指煤矿企业的董事长、总经理，矿务局局长，煤矿矿长等人员。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">本规定所称煤矿企业安全生产管理人员，是指煤矿企业分管安全、采煤、掘进、通风、机电、运输、地测、防治水、调度等工作的副董事长、副总经理、副局长、副矿长，总工程师、副总工程师和技术负责人，安全生产管理机构负责人及其管理人员，采煤、掘进、通风、机电、运输、地测、防治水、调度等职能部门（含煤矿井、区、科、队）负责人。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十一条 &nbsp;煤矿矿长、副矿长、总工程师、副总工程师应当具备煤矿相关专业大专及以上学历，具有三年以上煤矿相关工作经历。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿安全生产管理机构负责人应当具备煤矿相关专业中专及以上学历，具有二年以上煤矿安全生产相关工作经历。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十二条&nbsp; &nbsp;煤矿企业应当每年组织主要负责人和安全生产管理人员进行新法律法规、新标准、新规程、新技术、新工艺、新设备和新材料等方面的安全培训。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十三条&nbsp; &nbsp;国家煤矿安全监察局组织制定煤矿企业主要负责人和安全生产管理人员安全生产知识和管理能力考核的标准，建立国家级考试题库。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省级煤矿安全培训主管部门应当根据前款规定的考核标准，建立省级考试题库，并报国家煤矿安全监察局备案。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十四条&nbsp; 煤矿企业主要负责人考试应当包括下列内容：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）国家安全生产方针、政策和有关安全生产的法律、法规、规章及标准；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）安全生产管理、安全生产技术和职业健康基本知识；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）重大危险源管理、重大事故防范、应急管理和事故调查处理的有关规定；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）国内外先进的安全生产管理经验；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）典型事故和应急救援案例分析；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（六）其他需要考试的内容。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十五条&nbsp; 煤矿企业安全生产管理人员考试应当包括下列内容：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）国家安全生产方针、政策和有关安全生产的法律、法规、规章及标准；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）安全生产管理、安全生产技术、职业健康等知识；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）伤亡事故报告、统计及职业危害的调查处理方法；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）应急管理的内容及其要求；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）国内外先进的安全生产管理经验；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（六）典型事故和应急救援案例分析；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（七）其他需要考试的内容。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十六条&nbsp; &nbsp;国家煤矿安全监察局负责中央管理的煤矿企业总部（含所属在京一级子公司）主要负责人和安全生产管理人员考核工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省级煤矿安全培训主管部门负责本行政区域内前款以外的煤矿企业主要负责人和安全生产管理人员考核工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">国家煤矿安全监察局和省级煤矿安全培训主管部门（以下统称考核部门）应当定期组织考核，并提前公布考核时间。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十七条&nbsp; &nbsp;煤矿企业主要负责人和安全生产管理人员应当自任职之日起六个月内通过考核部门组织的安全生产知识和管理能力考核，并持续保持相应水平和能力。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业主要负责人和安全生产管理人员应当自任职之日起三十日内，按照本规定第十六条的规定向考核部门提出考核申请，并提交其任职文件、学历、工作经历等相关材料。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">考核部门接到煤矿企业主要负责人和安全生产管理人员申请及其材料后，经审核符合条件的，应当及时组织相应的考试；发现申请人不符合本规定第十一条规定的，不得对申请人进行安全生产知识和管理能力考试，并书面告知申请人及其所在煤矿企业或其任免机关调整其工作岗位。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十八条&nbsp; &nbsp;煤矿企业主要负责人和安全生产管理人员的考试应当在规定的考点采用计算机方式进行。考试试题从国家级考试题库和省级考试题库随机抽取，其中抽取国家级考试题库试题比例占百分之八十以上。考试满分为一百分，八十分以上为合格。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">考核部门应当自考试结束之日起五个工作日内公布考试成绩。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第十九条&nbsp; &nbsp;煤矿企业主要负责人和安全生产管理人员考试合格后，考核部门应当在公布考试成绩之日起十个工作日内颁发安全生产知识和管理能力考核合格证明（以下简称考核合格证明）。考核合格证明在全国范围内有效。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业主要负责人和安全生产管理人员考试不合格的，可以补考一次；经补考仍不合格的，一年内不得再次申请考核。考核部门应当告知其所在煤矿企业或其任免机关调整其工作岗位。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十条&nbsp; &nbsp;考核部门对煤矿企业主要负责人和安全生产管理人员的安全生产知识和管理能力每三年考核一次。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第四章&nbsp; &nbsp;特种作业人员的安全培训和考核发证</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十一条&nbsp; &nbsp;煤矿特种作业人员及其工种由国家安全生产监督管理总局会同国家煤矿安全监察局确定，并适时调整；其他任何单位或者个人不得擅自变更其范围。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十二条&nbsp; 煤矿特种作业人员应当具备初中及以上文化程度（自2018年6月1日起新上岗的煤矿特种作业人员应当具备高中及以上文化程度），具有煤矿相关工作经历，或者职业高中、技工学校及中专以上相关专业学历。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十三条&nbsp; &nbsp;国家煤矿安全监察局组织制定煤矿特种作业人员培训大纲和考核标准，建立统一的考试题库。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省级煤矿安全培训主管部门负责本行政区域内煤矿特种作业人员的考核、发证工作，也可以委托设区的市级人民政府煤矿安全培训主管部门实施煤矿特种作业人员的考核、发证工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">省级煤矿安全培训主管部门及其委托的设区的市级人民政府煤矿安全培训主管部门以下统称考核发证部门。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十四条&nbsp; &nbsp;煤矿特种作业人员必须经专门的安全技术培训和考核合格，由省级煤矿安全培训主管部门颁发《中华人民共和国特种作业操作证》（以下简称特种作业操作证）后，方可上岗作业。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十五条&nbsp; &nbsp;煤矿特种作业人员在参加资格考试前应当按照规定的培训大纲进行安全生产知识和实际操作能力的专门培训。其中，初次培训的时间不得少于九十学时。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">已经取得职业高中、技工学校及中专以上学历的毕业生从事与其所学专业相应的特种作业，持学历证明经考核发证部门审核属实的，免予初次培训，直接参加资格考试。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十六条&nbsp; &nbsp;参加煤矿特种作业操作资格考试的人员，应当填写考试申请表，由本人或其所在煤矿企业持身份证复印件、学历证书复印件或者培训机构出具的培训合格证明向其工作地或者户籍所在地考核发证部门提出申请。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">考核发证部门收到申请及其有关材料后，应当在六十日内组织考试。对不符合考试条件的，应当书面告知申请人或其所在煤矿企业。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十七条&nbsp; &nbsp;煤矿特种作业操作资格考试包括安全生产知识考试和实际操作能力考试。安全生产知识考试合格后，进行实际操作能力考试。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿特种作业操作资格考试应当在规定的考点进行，安全生产知识考试应当使用统一的考试题库，使用计算机考试，实际操作能力考试采用国家统一考试标准进行考试。考试满分均为一百分，八十分以上为合格。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">考核发证部门应当在考试结束后十个工作日内公布考试成绩。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">申请人考试合格的，考核发证部门应当自考试合格之日起二十个工作日内完成发证工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">申请人考试不合格的，可以补考一次；经补考仍不合格的，重新参加相应的安全技术培训。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十八条&nbsp; 特种作业操作证有效期六年，全国范围内有效。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">特种作业操作证由国家安全生产监督管理总局统一式样、标准和编号。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第二十九条&nbsp; &nbsp;特种作业操作证有效期届满需要延期换证的，持证人应当在有效期届满六十日前参加不少于二十四学时的专门培训，持培训合格证明由本人或其所在企业向当地考核发证部门或者原考核发证部门提出考试申请。经安全生产知识和实际操作能力考试合格的，考核发证部门应当在二十个工作日内予以换发新的特种作业操作证。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十条&nbsp; &nbsp;离开特种作业岗位六个月以上、但特种作业操作证仍在有效期内的特种作业人员，需要重新从事原特种作业的，应当重新进行实际操作能力考试，经考试合格后方可上岗作业。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十一条&nbsp; &nbsp;特种作业操作证遗失或者损毁的，应当及时向原考核发证部门提出书面申请，由原考核发证部门补发。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">特种作业操作证所记载的信息发生变化的，应当向原考核发证部门提出书面申请，经原考核发证部门审查确认后，予以更新。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第五章&nbsp; &nbsp;其他从业人员的安全培训和考核</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十二条&nbsp; 煤矿其他从业人员应当具备初中及以上文化程度。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">本规定所称煤矿其他从业人员，是指除煤矿主要负责人、安全生产管理人员和特种作业人员以外，从事生产经营活动的其他从业人员，包括煤矿其他负责人、其他管理人员、技术人员和各岗位的工人、使用的被派遣劳动者和临时聘用人员。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十三条&nbsp; &nbsp;煤矿企业应当对其他从业人员进行安全培训，保证其具备必要的安全生产知识、技能和事故应急处理能力，知悉自身在安全生产方面的权利和义务。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十四条&nbsp; &nbsp;省级煤矿安全培训主管部门负责制定煤矿企业其他从业人员安全培训大纲和考核标准。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十五条&nbsp; &nbsp;煤矿企业或者具备安全培训条件的机构应当按照培训大纲对其他从业人员进行安全培训。其中，对从事采煤、掘进、机电、运输、通风、防治水等工作的班组长的安全培训，应当由其所在煤矿的上一级煤矿企业组织实施；没有上一级煤矿企业的，由本单位组织实施。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业其他从业人员的初次安全培训时间不得少于七十二学时，每年再培训的时间不得少于二十学时。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿企业或者具备安全培训条件的机构对其他从业人员安全培训合格后，应当颁发安全培训合格证明；未经培训并取得培训合格证明的，不得上岗作业。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十六条&nbsp; &nbsp;煤矿企业新上岗的井下作业人员安全培训合格后，应当在有经验的工人师傅带领下，实习满四个月，并取得工人师傅签名的实习合格证明后，方可独立工作。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">工人师傅一般应当具备中级工以上技能等级、三年以上相应工作经历和没有发生过违章指挥、违章作业、违反劳动纪律等条件。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十七条&nbsp; &nbsp;企业井下作业人员调整工作岗位或者离开本岗位一年以上重新上岗前，以及煤矿企业采用新工艺、新技术、新材料或者使用新设备的，应当对其进行相应的安全培训，经培训合格后，方可上岗作业。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第六章&nbsp; &nbsp;监督管理</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十八条&nbsp; &nbsp;省级煤矿安全培训主管部门应当将煤矿企业主要负责人、安全生产管理人员考核合格证明、特种作业人员特种作业操作证的发放、注销等情况在本部门网站上公布，接受社会监督。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第三十九条&nbsp; &nbsp;煤矿安全培训主管部门和煤矿安全监察机构应当对煤矿企业安全培训的下列情况进行监督检查，发现违法行为的，依法给予行政处罚：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）建立安全培训管理制度，制定年度培训计划，明确负责安全培训管理工作的机构，配备专职或者兼职安全培训管理人员的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）按照本规定投入和使用安全培训资金的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）实行自主培训的煤矿企业的安全培训条件；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）煤矿企业及其从业人员安全培训档案的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）主要负责人、安全生产管理人员考核的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（六）特种作业人员持证上岗的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（七）应用新工艺、新技术、新材料、新设备以及离岗、转岗时对从业人员安全培训的情况；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（八）其他从业人员安全培训的情况。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十条&nbsp; &nbsp;考核部门应当建立煤矿企业安全培训随机抽查制度，制定现场抽考办法，加强对煤矿安全培训的监督检查。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">考核部门对煤矿企业主要负责人和安全生产管理人员现场抽考不合格的，应当责令其重新参加安全生产知识和管理能力考核；经考核仍不合格的，考核部门应当书面告知其所在煤矿企业或其任免机关调整其工作岗位。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十一条&nbsp; &nbsp;省级及以下煤矿安全监察机构应当按照年度监察执法计划，采用现场抽考等多种方式对煤矿企业安全培训情况实施严格监察；对监察中发现的突出问题和共性问题，应当向本级人民政府煤矿安全培训主管部门或者下级人民政府提出有关安全培训工作的监察建议函。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十二条&nbsp; 省级煤矿安全培训主管部门发现下列情形之一的，应当撤销特种作业操作证：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）特种作业人员对发生生产安全事故负有直接责任的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）特种作业操作证记载信息虚假的。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">特种作业人员违反上述规定被撤销特种作业操作证的，三年内不得再次申请特种作业操作证。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十三条&nbsp; &nbsp;煤矿企业从业人员在劳动合同期满变更工作单位或者依法解除劳动合同的，原工作单位不得以任何理由扣押其考核合格证明或者特种作业操作证。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十四条&nbsp; &nbsp;省级煤矿安全培训主管部门应当将煤矿企业主要负责人、安全生产管理人员和特种作业人员的考核情况，及时抄送省级煤矿安全监察局。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿安全监察机构应当将煤矿企业主要负责人、安全生产管理人员和特种作业人员的行政处罚决定及时抄送同级煤矿安全培训主管部门。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十五条&nbsp; &nbsp;煤矿安全培训主管部门应当建立煤矿安全培训举报制度，公布举报电话、电子信箱，依法受理并调查处理有关举报，并将查处结果书面反馈给实名举报人。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第七章 &nbsp;法律责任</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十六条&nbsp; &nbsp;煤矿安全培训主管部门的工作人员在煤矿安全考核工作中滥用职权、玩忽职守、徇私舞弊的，依照有关规定给予处分；构成犯罪的，依法追究刑事责任。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十七条&nbsp; &nbsp;煤矿企业有下列行为之一的，由煤矿安全培训主管部门或者煤矿安全监察机构责令其限期改正，可以处五万元以下的罚款；逾期未改正的，责令停产停业整顿，并处五万元以上十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）主要负责人和安全生产管理人员未按照规定经考核合格的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）未按照规定对从业人员进行安全生产培训的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）未如实记录安全生产培训情况的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）特种作业人员未经专门的安全培训并取得相应资格，上岗作业的。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十八条&nbsp; &nbsp;煤矿安全培训主管部门或者煤矿安全监察机构发现煤矿企业有下列行为之一的，责令其限期改正，可以处一万元以上三万元以下的罚款：</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（一）未建立安全培训管理制度或者未制定年度安全培训计划的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（二）未明确负责安全培训工作的机构，或者未配备专兼职安全培训管理人员的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（三）用于安全培训的资金不符合本规定的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（四）未按照统一的培训大纲组织培训的；</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">（五）不具备安全培训条件进行自主培训，或者委托不具备安全培训条件机构进行培训的。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">具备安全培训条件的机构未按照规定的培训大纲进行安全培训，或者未经安全培训并考试合格颁发有关培训合格证明的，依照前款规定给予行政处罚。</span></p>
<p style="text-align: center;line-height: 37px;margin-bottom: 16px"><strong><span style="font-size: 20px; font-family: 仿宋;">第八章&nbsp; &nbsp;附则</span></strong></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第四十九条&nbsp; &nbsp;煤矿企业主要负责人和安全生产管理人员考核不得收费，所需经费由煤矿安全培训主管部门列入同级财政年度预算。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">煤矿特种作业人员培训、考试经费可以列入同级财政年度预算，也可由省级煤矿安全培训主管部门制定收费标准，报同级人民政府物价部门、财政部门批准后执行。证书工本费由考核发证机关列入同级财政年度预算。</span></p>
<p style="line-height: 37px;text-indent: 43px;margin-bottom: 16px"><span style="font-size: 20px; font-family: 仿宋;">第五十条&nbsp; 本规定自2018年3月1日起施行。国家安全生产监督管理总局2012年5月28日公布、2013年8月29日修正的《煤矿安全培训规定》（国家安全生产监督管理总局令第52号）同时废止。</span></p>
<p><br data-filtered="filtered"></p>
<br data-filtered="filtered">

</div>`;
