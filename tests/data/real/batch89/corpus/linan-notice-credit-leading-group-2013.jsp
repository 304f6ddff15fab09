<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<style type="text/css">
    <!--
    .STYLE1 {
        font-family: "宋体"
    }

    .STYLE3 {
        font-size: large;
        font-weight: bold;
    }

    -->
</style>
</head>

<body>
<p align="center" class="STYLE1">&nbsp;</p>
<p align="center" class="STYLE1"><strong>临政办函[2013]89号</strong></p>
<p align="center" class="STYLE1">
    <strong><br/>
    </strong>
    <span class="STYLE3">
        临安市人民政府办公室关于成立临安市<br/>
        信用建设工作领导小组的通知
    </span>
</p>
<div class="personnel-list mb20 ">

        <ul>
            <li>组&nbsp&nbsp&nbsp&nbsp长：李文钢</li>
            <li>副组长：冯 镭</li>
            <li class="t-ind48">沈 慧</li>
            <li class="t-ind48">何洪明（市纪委）</li>
            <li>成&nbsp&nbsp&nbsp&nbsp员：巫振江（市府办）</li>
            <li class="t-ind48">李红樱（市发改局）</li>
            <li class="t-ind48">李 震（市委宣传部）</li>
            <li class="t-ind48">方远洋（市委政研室）</li>
            <li class="t-ind48">程炳贵（市委政法委）</li>
            <li class="t-ind48">吴云海（市编委办）</li>
            <li class="t-ind48">陈嫩华（市农办）</li>
            <li class="t-ind48">汪其顺（市经信局）</li>
            <li class="t-ind48">帅建筑（市旅游局）</li>
            <li class="t-ind48">杨卫国（市规划建设局）</li>
            <li class="t-ind48">应有龙（市城市管理局）</li>
            <li class="t-ind48">沈文奎（市商务局）</li>
            <li class="t-ind48">项永忠（市科技局）</li>
            <li class="t-ind48">吴云川（市人力社保局）</li>
            <li class="t-ind48">叶忠华（市财政局）</li>
            <li class="t-ind48">童成林（市国税局）</li>
            <li class="t-ind48">于才土（区统计局）</li>
            <li class="t-ind48">张发平（市统计局)</li>
            <li class="t-ind48">楼 华（人行临安支行）</li>
            <li class="t-ind48">姜关成（市交通运输局）</li>
            <li class="t-ind48">何常青（市食品药品监管局）</li>
            <li class="t-ind48">胡尚新（市质监局）</li>
            <li class="t-ind48">徐正男（市安监局）</li>
            <li class="t-ind48">赵孟龙（市农业局）</li>
            <li class="t-ind48">方锐根（市林业局）</li>
            <li class="t-ind48">陶 彧（市水利水电局）</li>
            <li class="t-ind48">岳天明（市工商分局）</li>
            <li class="t-ind48">张 春（市住保办）</li>
            <li class="t-ind48">盛 伟（市国土资源局）</li>
            <li class="t-ind48">林生友（市环保局）</li>
            <li class="t-ind48">黄晓明（市文广新局）</li>
            <li class="t-ind48">章威力（市教育局）</li>
            <li class="t-ind48">孟建强（市卫生局）</li>
            <li class="t-ind48">王建良（市民政局）</li>
            <li class="t-ind48">吕新平（市法院）</li>
            <li class="t-ind48">李为民（市检察院）</li>
            <li class="t-ind48"> 李家华（市公安局）</li>
            <li class="t-ind48">董中南（市司法局）</li>
            <li class="t-ind48">陈贤凤（市法制办）</li>
            <li class="t-ind48">程志明（市工商联）</li>
            <li class="t-ind48">骆卫东（公积金分中心）</li>
            <li class="t-ind48">胡廖明（市发改局）</li>
            <li class="center">领导小组下设办公室，办公室设在市发改局，胡廖明同志兼任办公室主任。</li>
            <li class="center">临安市人民政府办公室</li>
            <li class="center">2013年10月10日</li>
            <li class="center">（此件可公开发布）</li>


        </ul>

</div>

</body>
</html>
