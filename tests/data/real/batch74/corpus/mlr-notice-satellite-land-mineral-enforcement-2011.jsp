<%@ page language="java" import="java.util.*" pageEncoding="UTF-8"%>
<%
String path = request.getContextPath();
String basePath = request.getScheme()+"://"+request.getServerName()+":"+request.getServerPort()+path+"/";

%>

<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
    <base href="<%=basePath%>"> 
    <title>工作通知</title>
</head>

<body >
<TABLE border=0 cellSpacing=0 cellPadding=0 width="100%">
<TBODY>
<TR>
<TD style="LINE-HEIGHT: 50px; COLOR: #000000; FONT-SIZE: 25px; FONT-WEIGHT: bold" height=50 align=center>

<p align="center" style="text-align: center; line-height: 180%;"><b style=""><span style="font-size: 22pt; line-height: 180%; font-family: 宋体; color: black;">国土资源部关于开展</span></b><b style=""><span lang="EN-US" style="font-size: 24pt; line-height: 180%; font-family: 宋体; color: black;">2011</span></b><b style=""><span style="font-size: 22pt; line-height: 180%; font-family: 宋体; color: black;">年度土地矿产卫片执法检查工作的通知<span lang="EN-US"></span></span></b></p>

<!--<$[标题]>end--></TD></TR>
<TR>
<TD style="BORDER-BOTTOM: #ff0000 2px solid; COLOR: #000000; FONT-SIZE: 18px; FONT-WEIGHT: bold" height=30 align=center><!--<$[文号]>begin--><span style="font-size: 12pt; font-family: 宋体; color: black;">国土资发〔<span lang="EN-US">2012</span>〕<span lang="EN-US">16</span>号</span><!--<$[文号]>end--></TD></TR>
<TR>
<TD style="PADDING-TOP: 10px" class=bt_content height=91 vAlign=top>
<DIV id=zoom><!--<$[正文]>begin-->
<p></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">各省、自治区、直辖市国土资源主管部门，新疆生产建设兵团国土资源局，解放军土地管理局，各派驻地方的国家土地督察局，中国地质调查局及部有关直属单位，部机关有关司局：</span>
</p><p style="text-indent: 24pt; line-height: 180%;" ><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">为加强对土地利用、矿产资源勘查开采情况的全面监管，进一步规范土地、矿产资源管理秩序，促进各地依法依规管地用地、管矿用矿，国土资源部决定在全国统一部署开展<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作。现将有关事项通知如下：<span lang="EN-US"></span></span></p>
<p></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 黑体; color: black;">一、主要任务<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">通过开展<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作，发现、制止和查处违法用地、违法勘查开采矿产资源行为；根据检查结果，评估一个地区国土资源管理秩序状况，对违法用地、违法勘查开采矿产资源严重地区的县级以上地方人民政府主要负责人进行警示约谈，督促整改；依据《违反土地管理规定行为处分办法》<span lang="EN-US">(</span>监察部、人力资源和社会保障部、国土资源部令第<span lang="EN-US">15</span>号，以下简称<span lang="EN-US">15</span>号令<span lang="EN-US">)</span>对违法用地严重地区的县级以上地方人民政府主要领导人员和其他负有责任的领导人员实施责任追究。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 黑体; color: black;">二、时间安排<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">各地按照《<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作方案》（见附件）组织开展<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">1</span>月至<span lang="EN-US">2012</span>年<span lang="EN-US">4</span>月</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">，各地结合土地变更调查工作，按照本通知的要求，对土地变更调查中发现的违法用地进行整改、查处。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">4</span>月<span lang="EN-US">30</span>日前，部形成并下发<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作图件数据。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">4</span>至<span lang="EN-US">6</span>月，市、县以<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作图为依据开展核查、整改和查处工作。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">6</span>月<span lang="EN-US">30</span>日前，各省（区、市）对所辖市、县的实地核查、整改和查处工作开展督查，并向部初报数据成果。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">7</span>月<span lang="EN-US">31</span>日前，部完成对地方初报数据审核及部级督查，将审核意见下发各省（区、市）并要求整改纠正，其中涉及土地卫片检查的，抄送派驻地方的国家土地督察局。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">8</span>月<span lang="EN-US">15</span>日前，各省（区、市）按照部督查和审核意见组织进一步整改纠正，完成省级验收，经省级人民政府审核同意后，通过土地矿产卫片执法检查信息系统，向相关派驻地方的国家土地督察局报送土地卫片执法检查数据成果，向部报送矿产卫片执法检查数据成果。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2012</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年<span lang="EN-US">8</span>月<span lang="EN-US">15</span>日至<span lang="EN-US">9</span>月<span lang="EN-US">15</span>日，部完成验收工作。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">在土地、矿产卫片执法检查均通过验收后<span lang="EN-US">15</span>日内，各省（区、市）国土资源主管部门向部报送工作情况报告及相关附表。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">部组织开展警示约谈和启动责任追究工作。<span lang="EN-US"></span></span></p>
<p></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 黑体; color: black;">三、工作依据<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2011</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年度土地矿产卫片执法检查工作以本通知和《土地矿产卫片执法检查工作规范（试行）》（以下简称《规范》）为依据。往年工作中适用，但本通知和《规范》中没有明确规定的技术要求和政策界限，不再作为<span lang="EN-US">2011</span>年度土地矿产卫片执法检查的工作依据；《规范》与本通知内容不一致的，以本通知为准。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24.1pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 黑体; color: black;">四、工作要求</span><br><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;"></span></b></p><p style="text-indent: 24.1pt; line-height: 180%;" class="MsoNormal"><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;">（一）切实加强组织领导</span></b></p><p style="text-indent: 24.1pt; line-height: 180%;" class="MsoNormal">
</p><p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">地方各级国土资源主管部门要高度重视<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作，主动向当地人民政府汇报，争取请政府牵头成立土地矿产卫片执法检查工作领导小组，明确领导小组组长是土地矿产卫片执法检查工作的第一责任人。土地矿产卫片执法检查工作领导小组要结合地方实际，制定具体工作方案，明确分工，落实责任，精心组织开展土地矿产卫片执法检查工作，做到机构落实、人员落实、经费落实。要切实加强宣传，通过广播、电视、报刊、网络等宣传卫片执法检查工作，同时要采取多种形式培训卫片执法检查工作人员，确保卫片执法检查工作的政策要求和工作程序等落到实处。国土资源主管部门要在政府的领导下，切实加强与纪检监察、公安、司法、发展改革、规划、建设、交通、林业、农业、安监等部门的协调配合，形成执法合力。国土资源主管部门主要负责人要亲自抓，执法监察、地籍、规划、耕地、利用、勘查、开发、储量等各个业务机构要按照工作分工，各司其职，各负其责，密切配合，共同完成好<span lang="EN-US">2011</span>年度土地矿产卫片执法检查的各项工作任务。</span></p><p style="text-indent: 24pt; line-height: 180%;" class="MsoNormal">
</p><p style="text-indent: 24.1pt; line-height: 180%;"><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;">（二）严肃查处违法行为</span></b></p><p style="text-indent: 24.1pt; line-height: 180%;" class="MsoNormal">
</p><p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">&nbsp;各地要按相关要求，认真开展核查工作，对发现的违法用地、违法勘查开采矿产资源行为，要依法依规严肃查处，认真开展整改工作。要坚持既查事、又查人的原则，对违反党纪政纪的，要及时向纪检监察机关提出处分建议；对涉嫌犯罪的，要依法移送司法机关。对土地矿产卫片执法检查中发现的违法行为，未依法处理的，一律不得办理相关审批手续。既要严肃查处个案，同时也要依据<span lang="EN-US">15</span>号令，对违法用地严重地区的县级以上人民政府主要领导人员和其他负有责任的领导人员实施责任追究。</span></p><p style="text-indent: 24pt; line-height: 180%;" class="MsoNormal">
</p><p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">省级国土资源主管部门要切实加强对下级国土资源主管部门的指导和检查，要选取重大典型案件进行公开通报和挂牌督办；下级国土资源主管部门因各种原因难以查处的，要向同级人民政府、上级国土资源主管部门报告；上级部门要加强督办，必要时组织直接查处。对违法用地、违法勘查开采矿产资源行为不制止、不组织查处的，上级国土资源主管部门要依照有关规定，及时提请纪检监察机关追究有关责任人的责任。在查处工作过程中要采取多种形式加强宣传，正确引导舆论，做到查处一案，处理一人，教育一片。</span></p><p style="text-indent: 24pt; line-height: 180%;" class="MsoNormal">
</p>
<p style="text-indent: 24.1pt; line-height: 180%;"><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;">（三）认真开展督查验收。<span lang="EN-US"></span></span></b></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">省级国土资源主管部门要严格开展督查、验收工作，可采取省内各市、县之间交叉互检等方式督查、验收。督查、验收中，要通过<span lang="EN-US">12336</span>国土资源违法举报电话和新闻媒体等多种途径，接受群众监督。对发现虚报瞒报数据、伪造审批文件或用地现场等弄虚作假行为的市、县，要予以通报批评，限期整改，并严肃追究有关责任人的责任。验收时发现存在弄虚作假、瞒报漏报的，一票否决，不予通过验收，在全国予以通报，严肃追究有关责任人的责任，并将未通过验收作为确定警示约谈对象的依据之一。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24.1pt; line-height: 180%;"><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;">（四）确保数据真实准确，通过部级验收上报数据后不得更改。<span lang="EN-US"></span></span></b></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">省级国土资源主管部门要切实采取有效措施，逐级落实责任，确保上报的各类数据真实、准确。要建立图斑核查和数据上报层层审核签字制度。<span lang="EN-US">2011</span>年度土地矿产卫片执法检查的各个表格，填表人必须签名，并对填报内容的真实性、准确性负直接责任；各级领导要认真审查，严格把关，审核签字，并对填报内容的真实性、准确性负领导责任。各级国土资源主管部门在开展成果审核工作时，要抽调人员成立专门的审核小组，切实加强审核把关。对书面审核发现的问题，必要时应进行实地核查，并及时予以纠正。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">部将利用综合信息监管平台开展疑似违法图斑的圈定和数据审核工作，请各地进一步加强各类用地审批、矿产资源审批信息报部备案工作，尚未报备或报备信息不全的，要抓紧向部报备或补充报备相关信息。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">各级数据上报须经土地矿产卫片执法检查领导小组组长审核签字。数据通过部级验收正式上报后，不得修改。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24.1pt; line-height: 180%;"><b style=""><span style="font-size: 12pt; line-height: 180%; font-family: 楷体_GB2312; color: black;">（五）按时完成各项工作任务。<span lang="EN-US"></span></span></b></p>
<p style="text-indent: 24pt; line-height: 180%;"><span lang="EN-US" style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">2011</span><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">年度土地矿产卫片执法检查在继续坚持<span lang="EN-US">2010</span>年度土地矿产卫片执法检查总体工作方式方法不变的前提下，充分运用<span lang="EN-US"></span>批、供、用、补、查<span lang="EN-US"></span>综合信息监管平台，在检查范围、对变更调查成果应用和工作程序方面都有一定的调整。省级国土资源主管部门要切实加强对市、县国土资源主管部门的培训和指导力度，确保相关工作人员正确掌握相关政策和技术要求，并严格按照本通知规定的时间进度和工作要求完成各项工作任务。对未能按照规定的时间进度逐级上报<span lang="EN-US">2011</span>年度土地矿产卫片执法检查工作情况报告和相关数据的，部将予以通报批评。<span lang="EN-US"></span></span></p>
<p style="text-indent: 24pt; line-height: 180%;"><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;">附件：<span lang="EN-US"> 2011</span>年度土地矿产卫片执法检查工作方案<span lang="EN-US"></span></span></p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<span style="font-size: 12pt; font-family: 宋体; color: black;">二〇一二年一月二十日
</span><p style="text-indent: 24pt; line-height: 180%;"><br><span style="font-size: 12pt; line-height: 180%; font-family: 宋体; color: black;"><span lang="EN-US"></span></span></p>
</DIV></TD></TR></TBODY></TABLE></body>
</html>
