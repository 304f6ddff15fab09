<%@ page contentType="text/html;charset=UTF-8"%>
<meta name="description" content="">
<jsp:include page="/app/common/head.jsp">
    <jsp:param name="title" value="新经济入库"/>
</jsp:include>
<body class="xjjrk">
    <div class="xjjrk-pic"><img src="${pageContext.request.contextPath}/app/images/xjjrk.jpg"></div>
    <div class="xjjrk-product">
         <h2 class="tc">成都高新区科技与新经济发展局<br>关于开展2017年度新经济企业入库工作的通知
        </h2>
        <p>
    为尽快摸清成都高新区新经济企业发展现状，加强新经济企业培育，推动企业快速成长，现决定开展2018年度新经济企业入库工作，企业入库申报资料将作为新经济政策扶持和企业培育的重要依据。现将有关事宜通知如下：
      </p>
        <dl>
            <dt>一、申报条件</dt>
            <dd>（1）企业在成都高新区内注册，具有独立企业法人资格;</dd>
            <dd>（2）企业国、地税关系在成都高新区，且正常经营、正常缴税;</dd>
            <dd>（3）企业主营业务属于新经济产业领域。</dd>
        </dl>
        <dl>
            <dt>二、申报方式</dt>
            <dd>申报方式：线上申报。</dd>
            <dd>申报网址：http://www.winpow.com</dd>
        </dl>
        <dl>
            <dt>三、申报时间</dt>
            <dd>申报时间：常年申报</dd>
        </dl>
        <dl>
            <dt>四、联系方式</dt>
            <dd>联系人：潘老师</dd>
            <dd>联系电话：18048565469</dd>
            <dd>地址：成都高新区科技与新经济发展局</dd>
        </dl>
    </div>
</body>
</html>