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
                                        <a href="../techno/List_Bussifive.jsp">国省市级科技项目认定</a>
                                    </dd> 
                                     <dd>
                                        <a href="../hightec/List_Bussisix.jsp">高新技术企业认定/培育</a>
                                    </dd> 
                                     <dd>
                                        <a href="List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
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
            <span>当前位置：<a href="../../MyJsp.jsp">首页</a><span>&gt;</span> <a href="javascript:;">业务详情</a><span>&gt;</span> <a href="List_Bussiseven.jsp">计算机软件/作品著作权申请</a><span>&gt;</span> </span>
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
                                <dd>
                                    <a href="../techno/List_Bussifive.jsp">国省市级科技项目认定</a>
                                </dd>
                                <dd>
                                    <a href="../hightec/List_Bussisix.jsp">高新技术企业培育/认定</a>
                                </dd>
                                <dd  class="left_navactive">
                                    <a href="List_Bussiseven.jsp">计算机软件/作品著作权申请</a>
                                </dd>                                              
                        </div>
                    </dl>                   
                </div>
            </div>
        </aside>
        
        <div class="right">
            <div class="title"><h1>作品著作权登记资助申请条件及流程</h1>
            </div>
            <div class="content clearfix">
 
<strong>发布时间：2016-07-15 08:44:48</strong>
&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
<script type="text/javascript" src="../../images/js/count.js"></script>
<br />
一、申报时间
<br />
申报项目自2016年1月1日起正式开始实施，有效期至2018年12月31日。
<br />
二、资助标准
<br />
（一）一般作品著作权登记资助只对登记费进行资助，登记费全额资助；
<br />
（二）计算机软件著作权登记资助费用包括登记费、证书费和本地版权社会服务机构的代理费，每件资助费用最高800元；
<br />
（三）同一申请人每年累计资助不超过8万元。
<br />


三、流程


<br />


四、申报项目
<br />
作品著作权登记资助
<br />
五、申报依据<br />
（一）关于印发《关于进一步推进我市版权工作的意见》的通知（东府办[2015]9号）； 

<br />

（二）《东莞市作品著作权登记资助管理办法（试行）》。
<br />
六、申报办法及资助条件
<br />
（一）申报办法
<br />
作品著作权登记资助申请人可自行申请作品著作权登记资助，也可委托版权社会服务机构办理。
<br />
（二）资助条件
<br />
1、2016年1月1日起登记的著作权作品方可获得资助；
<br />
2、作品著作权登记资助申请应自作品著作权登记证书颁发之日起12个月内提出，逾期不予受理；
<br />
3、作品著作权登记资助申请人应为本市户籍人员或在本市行政区域内注册并从事生产、经营、科研等活动的企事业单位、社会团体和其他组织；合作完成的作品，权利人中有一方符合申请人条件也可根据本办法申请资助；
<br />
4、已享受《东莞市文化产业发展专项资金管理暂行办法》中著作权资助的作品不再享受本资助；
<br />
5、摄影作品只对符合以下条件之一的作品实施资助： 
<br />
（1）获奖摄影作品(县级以上专业协会颁发的)； 
<br />
（2）经合法出版物出版的摄影作品； 
<br />
（3）实现涉外版权贸易的摄影作品。
<br />
七、申报材料
<br />
申请作品著作权登记资助，应提供下列材料：
<br />
（一）《东莞市作品著作权登记资助申请表》； 
<br />
（二）国家或者省级版权登记机关颁发的作品著作权登记证书（有附件的含证书附件）原件和复印件（原件在审核后退还），摄影作品还须提供相关证明材料；
<br />
（三）作品登记机构出具的合法收费票据原件和复印件（原件在审核后退还）；
<br />
（四）自然人申请的须提供本市身份证原件和复印件（原件在审核后退还）；
<br />
（五）本市法人或其他组织申请的须提供营业执照、事业单位法人证书或相关批文等资质证明以及经办人身份证明原件和复印件（原件在审核后退还）;
<br />
（六）委托版权社会服务机构办理资助申请事宜的应提供委托书原件，版权社会服务机构还需提供营业执照副本复印件、经办人身份证原件及复印件、加盖公章的授权书。
<br />
八、申报程序
<br />
（一）申请作品著作权登记资助的，申请人应备齐相关材料，向广东省版权基层工作站（东莞站）提出申请；
<br />
（二）广东省版权基层工作站（东莞站）对申请材料进行初审，报东莞市版权局进行具体审核并发放资金。
<br />
九、申报表格
<br />
《东莞市作品著作权登记资助申请表》，表格可直接从市文化广电新闻出版局（版权局）官网（http://wgx.dg.gov.cn/）“出版版权---电子公告---创建全国版权示范城市专区”下载打印。
<br />
十、申请时限
<br />
资助受理部门收到申请人或代理机构的申请资助材料后，在5个工作日内作出是否受理决定，市版权局在受理资助申请后10个工作日内完成审核，并在审核通过后10个工作日内完成资助金的发放工作。
<br /><br />
<HR width="100%" color=#1E90FF size=3 />
 <div class="fl a1">上一个：<a href="4.jsp">作品著作权质权登记</a></div>

                            
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