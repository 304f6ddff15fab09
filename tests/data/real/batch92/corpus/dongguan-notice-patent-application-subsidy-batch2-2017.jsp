<%@ page language="java" import="java.util.*" pageEncoding="utf-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">

<head>
   
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></meta>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=0"></meta>
    <title>东莞科星泰科技有限公司</title>   
    <link href="favicon.ico" rel="shortcut icon"></link>
    <link href="../../images/css/common.css" rel="stylesheet" type="text/css"></link>
    <link href="../../images/css/banner.css" rel="stylesheet" type="text/css"></link>
    <script type="text/javascript" src="../../images/js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript" src="../../images/js/js.js"></script>
    <script type="text/javascript" src="../../images/js/common.js"></script>   
    
</head>



<body>

<script type="text/javascript" src="../../images/js/html5.js"></script>


      <div class="top">
        <div class="topbar wrap clearfix">
            <div class="topbar-l fl">
                &nbsp; &nbsp;您好，欢迎来到科星泰科技服务有限公司官网！
            </div>
            <div class="topbar-r hidden_xs fr">
                <a href="" >办公信息登录</a>
                <a href="javascript:;">加入收藏</a>
                <a href="../../redirect.jsp">在线留言</a>
                <a href="../../contact.jsp">联系我们</a>
                
            </div>
        </div>
    </div>

      <!-- PC 端头部 -->
    <header class="header hidden_xs clearfix">
        <div class="wrap clearfix">
            <div class="logo fl">
    			<a href="javascript:;" class="clearfix">
                    <div class="logoimg fl"><img src="../../images/logo2.png" alt="东莞科星泰科技服务有限公司"></div>
                    <div class="company_name fl">
                        <p class="company_name_title">东莞科星泰科技服务有限公司</p>
                        <p class="company_name_ps">Dongguang Cosinetech Technology Service Limited</p>
                    </div>
                </a>
    		</div>
            <div class="tel fr">
                <p class="top_number_ps">服务热线：</p>
                <p class="top_number">13632839409</p>
            </div>
        </div>
        <!-- pc版导航 -->
        <nav class="nav  clearfix">
            <div class="menu wrap">
                <ul>
                <li class="mainlevel">
                        <a href="../../MyJsp.jsp">首页</a>                       
                </li>
               <span>|</span>
                    <li class="mainlevel">
                        <a href="../../topic/onepage.jsp">关于我们</a>
                        <div class="submenu menuitem2 clearfix" style="">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">走进科星泰科技</a></dt>
                                    <dd>
                                        <a href="../../topic/onepage.jsp">企业简介</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">品牌释义</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">企业理念</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">战略合作</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">组织架构</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">荣誉资质</a>
                                    </dd>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">服务中心</a>
                        <div class="submenu menuitem3 clearfix" style="">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">服务项目</a></dt>
                                   <dd>
                                        <a href="List_Bussione.jsp">专利商标服务</a>
                                    </dd>
                                    <dd>
                                        <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                    </dd>
                                    <dd>
                                        <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                    </dd>
                                    <dd>
                                        <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                    </dd>
                                    <dd>
                                        <a href="../techno/List_Bussifive.jsp">国省市级科技项目认定</a>
                                    </dd> 
                                     <dd>
                                        <a href="../hightec/List_Bussisix.jsp">高新技术企业认定/培育</a>
                                    </dd> 
                                     <dd>
                                        <a href="../comput/List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
                                    </dd>              
                                </dl>
                                
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>                                      
                    <li class="mainlevel">
                        <a href="">媒体中心</a>
                        <div class="submenu menuitem4 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">团队建设</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">今日佳汇</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">行业资讯</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">经销商动态</a> </dt>
                                </dl>                               
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">人力资源</a>
                        <div class="submenu menuitem5 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">加入我们</a> </dt>
                                    <dd>
                                        <a href="javascript:;">社会招聘</a>
                                    </dd>
                                    <dd>
                                        <a href="javascript:;">校园招聘</a>
                                    </dd>
                                </dl>                                                               
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel">
                        <a href="">合作加盟</a>
                        <div class="submenu menuitem6 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="javascript:;">加盟优势</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">加盟条件</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">加盟流程</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="javascript:;">在线申请</a> </dt>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                    <span>|</span>
                    <li class="mainlevel li-last">
                        <a href="../../topic/contact.jsp">联系我们</a>
                        <div class="submenu menuitem7 clearfix">
                            <em></em>
                            <div class="sub-left"></div>
                            <div class="sub-center">
                                <dl style="border: medium none;">
                                    <dt><a href="../../topic/contact.jsp">联系方式</a> </dt>
                                </dl>
                                <dl>
                                    <dt><a href="../../topic/Write.jsp">在线留言</a> </dt>
                                </dl>
                            </div>
                            <div class="sub-right"></div>
                        </div>
                    </li>
                </ul>
            </div>
        </nav>
    </header>

<!-- =======================以上为公共头部 ======================  -->

    <!--head end-->
    <link href="../../images/css/inner.css" rel="stylesheet" type="text/css">
    <div class="obanner">
        <!-- pc端banner -->
        <img src="../../images/7.png" class="hidden_xs" width="100%" alt="" />
        
    </div>
    <div class="bread">
        <div class="bread_text wrap">
            <span>当前位置：<a href="../../MyJsp.jsp">首页</a><span>&gt;</span> <a href="javascript:;">业务详情</a><span>&gt;</span> <a href="../List_Bussione.jsp">专利商标服务</a><span>&gt;</span> </span>
    </div>
    <!--inner start -->
    <div class="inner wrap clearfix">

            <aside class="left">
            <div class="navbox">
                <div class="nav-title">
                    <h2>科星泰科技</h2>
                    <span class="icon_dot"></span>
                </div>
                <div class="nav-con">
                    <dl>
                        <dt class="selected"><span class="common-img flex minus"></span><a href="javascript:;">业务详情</a> </dt>
                        <div class="su_leftmenu">
                          <dd class="left_navactive">
                                        <a href="List_Bussione.jsp">专利商标服务</a>
                                    </dd>
                                    <dd>
                                        <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                    </dd>
                                    <dd>
                                        <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                    </dd>
                                    <dd>
                                        <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                    </dd>
                                    <dd>
                                        <a href="../techno/List_Bussifive.jsp">国省市级科技项目认定</a>
                                    </dd> 
                                     <dd>
                                        <a href="../hightec/List_Bussisix.jsp">高新技术企业认定/培育</a>
                                    </dd> 
                                     <dd>
                                        <a href="../comput/List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
                                    </dd>                           
                        </div>
                    </dl>                   
                </div>
            </div>
        </aside>
        
        <div class="right">
            <div class="title"><h1>关于受理2017年东莞市第二批专利申请资助项目申报的通知 </h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2017-09-25 03:08:15 </strong>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<script type="text/javascript">
var caution=false
function setCookie(name,value,expires,path,domain,secure) 
{
 var curCookie=name+"="+escape(value) +
 ((expires)?";expires="+expires.toGMTString() : "") +
 ((path)?"; path=" + path : "") +
 ((domain)? "; domain=" + domain : "") +
 ((secure)?";secure" : "")
 if(!caution||(name + "=" + escape(value)).length <= 4000)
 {
 document.cookie = curCookie
 }
 else if(confirm("Cookie exceeds 4KB and will be cut!"))
 {
 document.cookie = curCookie
 }
}
function getCookie(name) 
{
 var prefix = name + "="
 var cookieStartIndex = document.cookie.indexOf(prefix)
 if (cookieStartIndex == -1)
 {
 return null
 }    
 var cookieEndIndex=document.cookie.indexOf(";",cookieStartIndex+prefix.length)
 if(cookieEndIndex == -1)
 {
 cookieEndIndex = document.cookie.length
 }
 return unescape(document.cookie.substring(cookieStartIndex+prefix.length,cookieEndIndex))
}
function deleteCookie(name, path, domain) 
{
 if(getCookie(name)) 
 {
 document.cookie = name + "=" + 
 ((path) ? "; path=" + path : "") +
 ((domain) ? "; domain=" + domain : "") +
 "; expires=Thu, 01-Jan-70 00:00:01 GMT"
 }
}
function fixDate(date) 
{
 var base=new Date(0)
 var skew=base.getTime()
 if(skew>0)
 {
 date.setTime(date.getTime()-skew)
 }    
}
var now=new Date()
fixDate(now)
now.setTime(now.getTime()+365 * 24 * 60 * 60 * 1000)
var visits = getCookie("counter")
if(!visits)
{
 visits=1;
}  
else
{
 visits=parseInt(visits)+1;
}  
setCookie("counter", visits, now)
document.write("点击数：" + visits )
</script>
<br />
<br />
松山湖知识产权局、各镇街科技办（经济科技信息局），有关单位及个人：</br>

根据《东莞市专利促进项目资助办法》（东府办〔2013〕100号）、《东莞市专利促进项目资助办法（修订）》（东府办〔2016〕20号）有关规定，决定受理2017年东莞市第二批专利申请资助项目申报，现将有关事项通知如下：
</br>
一、受理范围、资助额度及资助对象
</br>
（一）按照《东莞市专利促进项目资助办法》（东府办〔2013〕100号）相关规定执行的专利申请资助项目：
</br>
1、受理范围：
</br>
专利申请日在2016年2月23日及之前的如下国内专利：
</br>
（1）授权公告日在2017年1月1日至6月30日期间的国内发明专利、实用新型专利、外观设计专利；
</br>
（2）实质审查生效日在2017年1月1日至6月30日期间的国内发明专利申请。
</br>
2、资助对象：
</br>
专利申请人、专利权人以本市地址申请专利，并符合以下条件之一：
</br>
（1）本市企事业单位、社会团体等；
</br>
（2）本市户籍的居民；
</br>
（3）本市全日制中小学和高等院校在校学生。
</br>
3、资助额度：
</br>
国内外观设计专利授权后每件资助500元；国内实用新型专利授权后每件资助1000元；国内发明专利申请进入实质审查后每件资助3000元（获国家知识产权局费用减缓的，职务发明每件资助1000元，非职务发明每件资助500元），获得授权后每件再资助12000元。
</br>
（二）按照《东莞市专利促进项目资助办法（修订）》（东府办〔2016〕20号）相关规定执行的专利申请资助项目：
</br>
1、受理范围：
</br>
（1）专利申请日在2016年2月24日及之后的如下国内发明专利：

授权公告日在2017年1月1日至6月30日期间的国内发明专利；

实质审查生效日在2017年1月1日至6月30日期间的国内发明专利申请。
</br>
（2）在2017年1月1日至6月30日期间获得授权的境外发明专利，以及PCT申请国际检索单位书面意见（237表）发文日或者专利性国际初步报告（409表）完成日在上述期间且报告显示具备新颖性、创造性、实用性的PCT申请。
</br>
2、资助对象：
</br>
专利申请人、专利权人以本市地址申请专利，并符合以下条件之一：
</br>
（1）本市企事业单位、社会组织等；
</br>
（2）本市户籍的居民；
</br>
（3）至申请本项目资助时，在本市工作且连续购买社会保险2年以上（含2年）的个人；
</br>
（4）本市全日制中小学和高等院校在校学生。
</br>
3、资助额度：
</br>
（1）国内发明专利申请进入实质审查后每件资助3000元（获国家知识产权局费用减缓的，不再给予资助），获得授权后每件再资助12000元。同一个人（指自然人）同一年度国内发明专利申请和授权资助分别不超过5件。对非电子申请的专利不予资助。
</br>
（2）获美国、日本、欧盟国家授权的发明专利每件资助50000元；在设有专利审批机构的其他国家或地区（港澳台除外）获授权的发明专利每件资助25000元；获得港澳台授权的发明专利每件资助12000元。同一PCT申请最多资助2个境外国家或地区的专利授权。
</br>
（3）通过PCT途径申请境外发明专利，国际检索单位书面意见（237表）或者专利性国际初步报告（409表）显示所有权利要求同时具备新颖性、创造性、实用性的，每件资助15000元。
</br>
国内外专利已经授权符合上述资助范围（授权日期以授权公告日为准），但未能在本次受理期限内拿到专利证书的，如能提供真实有效的相关授权证明或者检索界面，并出具本人或企业有效签章的说明，可以在本批次受理。
</br>
（三）专利代理机构首件发明专利申请代理资助
</br>
专利代理机构代理首件发明专利申请资助在每年的第一批专利申请资助项目中受理，本批不予受理。


符合本次项目受理范围的资助申请须在本批办理，今后将不再受理。

</br>
二、申报程序、申报时间及审核时间
</br>
（一）境外发明专利、PCT申请专利、专利申请日在2016年2月23日及之前且非电子申请的专利、符合受理范围但系统显示不存在的专利：先申请建档和查验材料，再登陆东莞市科技业务管理系统（http://59.36.14.9/ujet/）填报（详见申报指南）。时间如下：

建档和查验材料：2017年8月7日至8月21日

系统填报：2017年8月28日至9月8日

注意：两个时间段之间有间隔。
</br>
（二）专利权（申请）人为两人或以上的专利：先填写《专利申请资助项目申报委托书》和查验材料，再登陆东莞市科技业务管理系统填报（详见申报指南）。时间如下：
</br>
查验材料：2017年8月7日至9月6日

系统填报：2017年8月7日至9月8日
</br>
（三）其他专利：直接登陆东莞市科技业务管理系统填报（详见申报指南）。时间如下：

系统填报时间：2017年8月7日至9月8日
</br>
（四）系统审核时间

2017年8月7日至9月22日

注意：在申报界面中，市属单位的“所属镇街”请务必选择“市属”，如选择“市卫生局”、“东莞理工学院”等部门，镇街和我局均无法审核。

如审核时间即将届满，但尚未初审或退回修改后再提交的，请务必致电所属镇街，提醒工作人员审核。
</br>
（五）系统填报说明

按照《东莞市专利促进项目资助办法》（东府办〔2013〕100号）相关规定执行的专利申请资助项目（专利申请日在2016年2月23日及之前的国内专利），请填写《东莞市专利申请资助申请表（表一）》；

按照《东莞市专利促进项目资助办法（修订）》（东府办〔2016〕20号）相关规定执行的专利申请资助项目（境外发明专利、PCT申请专利、专利申请日在2016年2月24日及之后的国内发明专利），请填写《东莞市专利申请资助申请表（表二）》。
</br>
三、注意事项
</br>
（一）根据市政府有关规定，对符合资助条件但未按规定缴交路桥年票费的企业，保留其享受资助的资格，待其缴清年费欠费后再行资助。
</br>
（二）符合本次项目受理范围的资助申请须在本批办理，今后将不再受理。建档、查验材料、系统填报等时间截止后将不再接受相关的业务请求，请各申请人把握时间进度，尽早办理相关业务。系统填报时间截止后，对退回修改的资助申请，仅接受1次重新提交，如重新提交申请材料仍不合格的，视为放弃申请。
</br>
（三）项目申报人完成网上申报后应随时关注东莞市科技业务管理系统审核信息，如退回修改，请务必在5个工作日内完成修改、补充申报资料并确认提交。如申请人在5个工作日内未按规定重新提交申请材料或重新提交申请材料2次仍不合格的，视为放弃申请。
</br>
（四） 企业符合《东莞市财政资助(补贴)资金不予资助的具体范围》（东财〔2016〕83 号）和《关于东莞市财政资助（补贴）资金不予资助具体范围的补充通知》（东财〔2017〕98）不予资助规定的不给予资助。
</br>
（五）如发现专利申请涉嫌弄虚作假，或提供虚假申报材料骗取市财政资助的，将取消相关专利资助，追回已骗取的专利资助资金，并停止申请人3年市政府科技项目申请资格。
</br>
（六）本次专利申请资助审核将由镇街初审和我局复核改为由镇街（园区）审核，请各镇街（园区）审核人员认真审核、严格把关，切实履行工作职责。

</br>
特此通知。
</br>

<div class="fr"><strong>东莞市知识产权局</br> 2017年8月1日</strong></div>
</br>
</br>
</br>
<HR width="100%" color=#1E90FF size=3 />
  <div class="fl a1">
 上一个：<a href="2.jsp">申报2018年专利企业认定项目</a><br/>
 下一个：<a href="4.jsp">专利转让</a>
 </div>
 

                            
            </div>
        </div>
        </div>
        <!--inner end-->
<!-- ===============================以下为公共底部 ======================-->

    <!--footer start-->
    
    
       <footer class="footer">
        <div class="footer_top wrap clearfix">
            <a href="javascript:;" class="friend-ico"><img src="../../images/footer_logo1.jpg" alt=""></img></a>
            <a href="javascript:;" class="friend-ico"><img src="../../images/footer_logo2.jpg" alt=""></img></a>
            <div class="top_right fr">
                <ul>
                    <li><a href="javascript:;">OA系统</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">法律声明</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">隐私保护</a></li>
                    <span>|</span>
                    <li><a href="javascript:;">联系我们</a></li>
                    <span>|</span>                  
                </ul>
                <p>版权所有 cyx 13433633780 </p>
            </div>
        </div>
        <div class="footer_bottom">
            <div class="wrap clearfix">
                <div class="bottom_left">
                    <div class="footer_logo table_box">
                        <div class="table_cell">
                             <img src="../../images/footer_logo.png" alt=""/>
                        </div>
                    </div>
                    
                    <div class="company_info">
                       东莞市科星泰科技服务有限公司<br>
                        联系人：邓先生<br>
                        电话：13632839409<br>
                        邮箱：dengzhongyang@kexingtai.com<br>
                        网址：www.kexingtai.com<br>
                        地址：广东省东莞市松山湖高新区生产力大厦北区410<br>
                    </div>
                </div>
                <div class="bottom_right">
                    <div class="imgbox">
                        <img src="../../images/ma1.png" alt="" />
                        <p>扫码联系方式</p>
                    </div>
                    <div class="imgbox">
                        <img src="../../images/ma1.png" alt="" />
                        <p>扫码联系方式</p>
                    </div>
                </div>
            </div>
        </div>
</footer>

<!-- 百度分享 -->
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"0","bdSize":"16"},"slide":{"type":"slide","bdImg":"2","bdPos":"left","bdTop":"200"}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
</body>

</html>