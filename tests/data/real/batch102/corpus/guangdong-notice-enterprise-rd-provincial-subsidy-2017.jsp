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
                                        <a href="../patent/List_Bussione.jsp">专利商标服务</a>
                                    </dd>
                                    <dd>
                                        <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                    </dd>
                                    <dd>
                                        <a href="List_Bussithree.jsp">研发费用加计扣除</a>
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
            <span>当前位置：<a href="../../MyJsp.jsp">首页</a><span>&gt;</span> <a href="javascript:;">业务详情</a><span>&gt;</span> <a href="../List_Bussione.jsp">研发费用加计扣除</a><span>&gt;</span> </span>
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
                           <dd>
                                    <a href="../patent/List_Bussione.jsp">专利商标服务</a>
                                </dd>
                                <dd >
                                    <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                </dd>
                                <dd class="left_navactive">
                                    <a href="List_Bussithree.jsp">研发费用加计扣除</a>
                                </dd>
                                <dd>
                                    <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                </dd>                                                            
                                <dd>
                                    <a href="../techno/List_Bussifive.jsp">国省市级科技项目认定</a>
                                </dd>
                                <dd>
                                    <a href="../hightec/List_Bussisix.jsp">高新技术企业培育/认定</a>
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
            <div class="title"><h1>2017年广东省企业研究开发省级财政补助资金的条件及程序</h1>
            <div class="content clearfix">
 
<strong>发布时间：2016-07-08 14:50:33</strong>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<script type="text/javascript" src="../../images/js/count.js"></script>
</br>
各地级以上市科技局（委）、顺德区经济和科技促进局：</br>
      为贯彻落实《广东省人民政府关于加快科技创新的若干政策意见》（粤府〔2015〕1号），引导企业普遍建立研发准备金制度，有计划、持续地增加研发投入，按照《广东省财政厅 广东省科学技术厅关于激励企业研究开发财政补助试行方案》（粤财工〔2015〕59号）、《广东省省级企业研究开发财政补助资金管理办法（试行）》（粤财工〔2015〕246号）和《广东省企业研究开发省级财政补助政策操作指引（试行）》（粤科政字〔2015〕164号），现组织开展2017年广东省企业研究开发省级财政补助资金申报工作，有关事项通知如下：</br>
一、申报对象</br>
（一） 在广东省内（不含深圳）注册，具有独立法人资格、健全的财务管理机构和财务管理制度的企业。</br>

（二） 企业已建立研发准备金（或管理）制度，并已先行投入自筹资金开展研究开发活动。本补助资金将参考企业上一年度经税务部门备案的可税前加计扣除的研发费用进行补助，企业应先到税务机关进行研发费用加计扣除备案（不受企业是否盈利限制）。</br>
（三） 企业开展的研究开发活动应符合《国家重点支持的高新技术领域》、国家发展改革委员会等部门公布的《当前优先发展的高技术产业化重点领域指南》和各级科技行政部门发布的申报指南规定的领域和方向，且实施地在广东省内。</br>
二、申报与审核</br>
（一） 注册。首次申报的企业在广东省科技业务管理阳光政务平台（http//pro.gdstc.gov.cn，以下简称“阳光政务平台”）注册单位信息，获得单位用户名和密码；本专项资金申请由企业管理员直接使用单位帐号进行申报。已注册的企业继续使用原有帐号进行申报和管理。</br>
（二） 备案登记。企业注册后应先登陆阳光政务平台填报并提交《广东省企业研究开发省级财政补助资金备案表》及相关附件材料，完成2016年度备案登记工作。</br>
（三） 补助资金申报。企业在阳光政务平台完成备案登记后，继续通过阳光政务平台填报并提交2017年度《广东省企业研究开发省级财政补助资金申报表》及相关附件材料。</br>
附件包括以下材料：</br>
1.企业研发准备金（或管理）制度文件，加盖单位公章；</br>
2.企业研发费用2016年度预算、决算情况说明，加盖单位公章；</br>
3.企业在阳光政务平台填报的2016年度《广东省企业研究开发省级财政补助资金备案表》，加盖单位公章；</br>
4.2016年度《企业所得税年度纳税申报表》封面、《企业所得税年度纳税申报表》（A100000表）、《免税、减计收入及加计扣除优惠明细表》（A107010表）、《研发费用加计扣除优惠明细表》（A107014表）以及在税务机关备案的企业所得税优惠事项备案表（优惠事项名称：企业研发费用加计扣除），并加盖单位公章。</br>
5.如企业为高新技术企业、省级以上创新型企业等，需要提交认定情况证明材料。</br>
（四） 审核。审核工作按照《广东省企业研究开发省级财政补助政策操作指引（试行）》相关条款执行。</br>
申报受理截止后，各地市级科技部门会同财政部门、税务部门、经信部门、统计部门对当地企业申报补助资金情况进行审核。审核结果由各地市级科技部门在阳光政务平台上提交，并汇总形成当地的《广东省企业研究开发省级财政补助资金申报及拟补助汇总表（XX市）》，汇总表按审核通过和未通过两部分内容分别汇总。各地市的汇总表由各地市级科技部门会同当地财政部门共同签署后报送省级科技部门和财政部门（由省级科技部门受理）。</br>
三、申报材料要求</br>
（一） 申报企业提交的《广东省企业研究开发省级财政补助资金申报表》及相关附件书面材料（在阳光政务平台下载打印，加盖单位公章，一式1份），由所在各地市科技部门受理，汇总后交至省科技厅业务受理窗口。</br>
（二） 地级市补助汇总表（纸件一式3份，加盖科技、财政部门印章，附光盘），请于2017年9月15日前交至省科技厅政策法规处。</br>
四、时间安排</br>
（一） 企业在阳光政务平台上的申报时间为2017年7月10日～8月10日17:00。</br>
（二） 各地级市科技部门在阳光政务平台上的审核、提交审核结果的截止时间为2017年9月1日17:00。</br>
（三） 企业的书面申报材料，由各地市统一交到省科技厅业务受理窗口，截止时间为2017年9月15日17:00。</br>
五、联系方式</br>
（一） 申报业务咨询电话：020-87684368、87683613、83163910</br>
（二） 阳光政务平台电话：020-83163338、83163469</br>
（三） 省科技厅业务受理窗口电话：83163930、83163931、83163932</br>
地址：广州市连新路171号省科技信息大楼1楼</br>
邮编：510033 </br>
</br>
<HR width="100%" color=#1E90FF size=3 />
 <div class="fl a1">
 上一个：<a href="5.jsp">2016年广东省企业研究开发省级财政补助资金项目申报</a><br/>
 </div>                       
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