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
            <div class="title"><h1>关于组织申报2017年市专利促进项目的通知 </h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2017-09-25 03:09:32 </strong>
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
松山湖（生态园）科创局、各镇街（园区）知识产权主管部门、有关单位：</br>

根据《东莞市专利促进项目资助办法（修订）》（东府办〔2016〕20号）和《东莞市促进科技金融发展实施办法》（东府办〔2015〕66号）有关规定，结合《关于编制2017年市级部门预算的通知》（东财〔2016〕216号）文件要求，我局制定了2017年市专利促进项目库项目的申报指南，请各镇街（园区）依照相关要求做好辖区内项目申报组织工作。现将有关事项通知如下：</br>

一、受理项目
</br>
（一）专利优势企业认定项目</br>

（二）企业知识产权管理贯标推进项目</br>

（三）中小学知识产权教育试点学校培育项目
</br>
（四）专利质量提升项目</br>

（五）专利质押融资及交易资助项目</br>

（六）专利保险补贴项目</br>
</br>



二、申报程序
</br>
采用网上填写申请书并上传相关材料和提交书面材料相结合的方式进行。具体操作如下：</br>

（一）进入申报系统</br>

申报单位进入东莞市科技业务申报管理系统（http://59.36.14.9/ujet/）登记注册获取账号。有账号单位，无须重新注册，但要核对注册内容，如有变更，请更新相关内容。

（二）填写项目申报书</br>

在东莞市科技业务申报管理系统的“专利促进项目”栏确认选择申报项目，填写项目申报书，上传相关证明材料后提交，并确认提交成功；若网上审核退回修改，申报单位应在5天内修正并提交，否则不予受理。

证明材料的上传要求使用PDF格式，同一份文件应当扫描成一个文件，不得分拆扫描。复印件须加盖公章并署明“与原件相符”字样。

（三）报送书面材料</br>

1、书面材料应按A4纸双面打印，签字盖章后按顺序装订成册后报送（需编制封面、目录及页码）。各项目材料报送份数：专利优势企业认定项目6份，其他项目均为2份。</br>

2、申报单位应在市知识产权局网上受理后5天内打印纸质申报材料（加盖单位公章）先报送所属镇街（园区）知识产权主管部门出具初审意见后报市科技局业务受理大厅。</br>




三、项目申报及其材料报送时间</br>

网上申请从即日起至截止时间前，纸件材料应在书面材料报送截止时间前报送。各子项目申报和材料报送的具体时间安排如下，请大家按时报送。</br>












四、申报要求</br>

（一）申报单位在确定符合申报条件的前提下，按要求组织材料申报相应项目并保证申请材料真实、相关、完整，且纸件材料始终与电子材料匹配，并按时报送。</br>

（二）申报单位网上递交申请材料后，请留意审核部门审核意见。若被退回申请应5天内修正并在申报时间内至镇街审核截止时间段内按审核意见修改完善，重新提交（逾期提交不予受理）。镇街审核截止时间是网上截止申报后的5天。
</br>
（三）申报单位除提供符合项目条件的佐证材料外，还须声明近三年是否存在违反其他行政法规的行为记录情况，并应按《企业信息公示暂行条例》的规定，完成上年度的“企业年度报告公示制度”填报和公示。其中2016年的项目要完成2015年的，2017年的项目要完成2016年的。
</br>



五、注意事项</br>

（一）本项目的每个子项目的申报材料都有相应的要求，请参照具体项目申报指南，申请单位必须自行留底申报材料，并清楚存在申报材料泄漏的可能。由于每个子项目申报时间不一致，有的项目时间跨度大，请十分注意申报时间节点。
</br>
（二）在东莞市科技业务申报管理系统网上填报过程中，如遇到网络操作问题和系统技术问题，请打咨询电话：18926870083；本项目市镇两级受理地址、联系电话请查阅附件2。
</br>
（三）企业近三年是否存在违反其他行政法规行为记录情况。指2014-2016年是否存在被如下部门处罚的记录：市发改局、经信局、公安局、人力资源局、社保局、环保局、交通局、农业局、商务局、卫生计生局、工商局、质监局、安监局、统计局、公安消防局、国税局、地税局、人民银行东莞市中心支行、东莞海关、东莞检验检疫局、住房公积金管理中心。
</br>
特此通知。
</br>

<div class="fr"><strong>东莞市知识产权局</br> 2017年8月15日</strong></div>
</br>
</br>
</br>
<HR width="100%" color=#1E90FF size=3 />
<div class="fl a1">下一个：<a href="2.jsp">申报2018年专利企业认定项目</a></div>

 

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