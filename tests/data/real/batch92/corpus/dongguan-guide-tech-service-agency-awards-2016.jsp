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
                                        <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                    </dd>
                                    <dd>
                                        <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                    </dd>
                                    <dd>
                                        <a href="List_Bussifive.jsp">国省市级科技项目认定</a>
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
            <span>当前位置：<a href="../../MyJsp.jsp">首页</a><span>&gt;</span> <a href="javascript:;">业务详情</a><span>&gt;</span> <a href="List_Bussifive.jsp">机器换人项目</a><span>&gt;</span> </span>
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
                                <dd>
                                    <a href="../robot/List_Bussitwo.jsp">机器换人项目</a>
                                </dd>
                                <dd>
                                    <a href="../produce/List_Bussithree.jsp">研发费用加计扣除</a>
                                </dd>
                                <dd>
                                    <a href="../assess/List_Bussifour.jsp">双软企业认定/评估</a>
                                </dd>                                                            
                                <dd class="left_navactive">
                                    <a href="List_Bussifive.jsp">国省市级科技项目认定</a>
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
            <div class="title"><h1>东莞市科技服务机构奖励专题申报指南 </h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2016-05-12 21:58:14</strong>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<script type="text/javascript" src="../../images/js/count.js"></script>
</br>
一、专题内容
</br>
本专题对科技服务机构进行奖励，引导我市科技服务机构加大自身能力建设，壮大规模，提升资质与品牌效应。
</br>
二、申报对象及要求
</br>
申请奖励的科技服务机构须符合以下条件:
</br>
（一）在我市进行工商注册和税务登记、独立经营的法人的科技服务机构；
</br>
（二）有与其开展业务相适应的人员不少于15名，有执业资格要求的，具有相应执业资格的人员应占机构人员总数的30%以上； 
</br>
（三）根据《东莞市科技服务机构备案评定管理办法》备案登记。
</br>
三、资助方式及额度
</br>
（一）资质奖励。对在我市依法注册并获得国家科技主管部门认定的，具有国家级资质的科技服务机构每家奖励20万元；对广东省科技主管部门认定的，具有省级资质的科技服务机构每家奖励10万元。以上机构若因具有国家和省级资质获得市奖励的，不再重复奖励。
</br>
（二）评估奖励。对在我市依法注册的科技服务机构，根据其规模、质量、效果以及企业评价进行综合评估，按三个档次给予奖励。
</br>
1、服务我市企业500家以上，业务收入达1000万元，且比上年度增加20%的科技服务机构，给予20万元的奖励； 
</br>
2、服务我市企业200家以上，业务收入达500万元，且比上年度增加20%的科技服务机构，给予10万元的奖励；
</br>
3、服务我市企业100家以上，业务收入达200万元，且比上年度增加20%的科技服务机构，给予5万元的奖励。
</br>
四、申报材料及要求
</br>
申请科技服务机构奖励需提交以下申请资料：
</br>
1、《东莞市科技服务机构奖励申报表》（网上填报）；
</br>
2、营业执照；
</br>
3、相关资质证书；
</br>
4、本年度的审计报告（评估奖励类提供）；
</br>
5、服务企业清单汇总表及服务合同（评估奖励类提供）。
</br>

以上书面材料一式两份，用A4规格按顺序合并装订成册，对每一页面依序连续编写页码（手工或打印编写页码）。
</br>

</br></br>
<HR width="100%" color=#1E90FF size=3 />
 <div class="fl a1">
 上一个：<a href="6.jsp">东莞市企业研究开发财政补助</a><br/>
 下一个：<a href="8.jsp">【申报通知】组织申报2018年专利企业认定项目的通知</a>
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