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
            <div class="title"><h1>申报2018年专利企业认定项目 </h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2017-09-25 03:08:45 </strong>
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
根据《东莞市专利促进项目资助办法（修订）》（东府办〔2016〕20号）（以下简称办法）有关规定，我局制定了2018年市专利企业认定项目的申报指南（以下简称指南），包括专利优势企业认定项目、企业知识产权管理规范（GB/T 29490-2013）认证后资助项目。各镇街（园区）依照相关要求做好辖区内本项目申报组织工作。现将有关申报事项说明如下：
</br>
一、申报主体
</br>
申报人应为注册地址在东莞市行政区域内的企业单位，有良好的社会信誉，依法经营，规范管理，具有健全的核算和会计制度，严格执行国家、省、市有关专利方面的法律法规并且符合办法规定和项目申报指南的具体要求；符合市财政东财〔2017〕98号文规定：近三年不存在市财政资金不予资助的行政违法违规行为记录。
</br>
二、</br>
采用网上填写规定格式的项目申报书和提交书面材料相结合的方式进行申报。具体操作如下：
</br>
（一）进入申报系统
</br>
申报单位进入东莞市科技业务申报管理系统（http://59.36.14.9/ujet/，以下简称申报系统）登记注册获取账号。有账号单位，无须重新注册，但要核对注册内容，如有变更，请更新相关内容。
</br>
（二）线上填写项目申报书
</br>
1. 在东莞市科技业务申报管理系统的“专利促进项目”栏确认选择申报的项目，按申报指南要求线上填写申报书，上传满足项目条件的佐证材料，在确认填写的内容、提交的材料均齐全后提交，并确认提交成功。佐证材料的上传要求使用PDF格式，同一份文件应当扫描成一个文件，不得分拆扫描；复印件须加盖公章并署明“与原件相符”字样。

退回修改处理：根据办法第三十条（二）规定，申报单位应在5天内按要求修正并重新提交，超过5天将不予受理或重新提交两次申请材料仍不合格的，将审核为不符合申报条件，不再退回修改。
</br>
2. 网上填写申报书的时间。专利优势企业认定项目从即日起至9月10日；企业知识产权管理规范（GB/T 29490-2013）认证后资助项目从即日起至2018年8月10日。
</br>
3. 线上填写及材料上传操作遇到技术问题的求助方法。
</br>
求助系统技术人员何先生，联系电话：18926870083或进入http://59.36.14.9/ujet/demo/index/use_instruction.html“客户常见问题及解决方法”，寻找解决方法。
</br>
（三）报送书面材料份数及时间
</br>
申报系统审核通过的申报单位，用A4纸双面打印申报书连同相关附件（佐证材料），在签字盖公章后按顺序装订成册（装订采用线装，需编制封面、目录及页码），并按项目指南要求报送至市知识产权局受理窗口（地址：南城元美中路2号市科技馆1楼大堂右侧科技局业务受理大厅）。
</br>
1. 报送份数和要求：专利优势企业认定项目材料报送6份，企业知识产权管理规范（GB/T 29490-2013）认证后资助项目材料报送2份。材料先报送所属镇街（园区）知识产权主管部门出具初审意见后报送市知识产权局受理窗口（市、镇两级受理地址见附件2）。
</br>
2. 报送截止时间：专利优势企业认定项目是2017年9月28日前；企业知识产权管理规范（GB/T 29490-2013）认证后资助项目是2018年8月20日前。
</br>
3. 申报单位对申报资料的真实性、合法性、完整性及纸件与网上填写版的一致性负责；镇街（园区）知识产权主管部门对申报单位的申报条件、材料真实性和纸件与网上填写版的一致性进行核实，并加具推荐意见。

对弄虚作假骗取资金的，追回已发放资金，并取消其以后申请东莞市专利促进项目的资格；涉嫌犯罪的，移送司法机关，依法追究刑事责任。
</br>
三、立项拨付
</br>
对申报单位提交的申报材料，市、镇两级知识产权部门受理和核实后，对符合申报条件的项目根据具体情况，采取专家评审、集体研究、相关部门核实无不良信用记录的方式确定项目资助单位，经市财政局复核后发布立项通知，按办法规定和当年预算提出资金分配方案通过国库集中支付方式拨付资金。
</br>
特此通知。
</br>

<div class="fr"><strong>东莞市知识产权局</br> 2017年7月26日</strong></div>
</br>
</br>
</br>
             
            </div>
            <HR width="100%" color=#1E90FF size=3 />
            <div class="fl a1">
 上一个：<a href="1.jsp" hover:>关于组织申报2017年市专利促进项目的通知</a><br/>
 下一个：<a href="3.jsp">关于受理2017年东莞市第二批专利申请资助项目申报的通知</a>
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