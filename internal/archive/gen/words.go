package gen

// The words of the generated journal: what a customer-service agent of an
// online shop writes after a shift, in Chinese and in English.

type caseText struct{ title, category, need, action, better string }

var casesZh = []caseText{
	{"顾客催%s发货，已经等了五天", "物流", "想知道包裹到底什么时候能到，担心赶不上孩子生日", "查了仓库记录，联系仓库加急，给了顾客预计送达时间并留了回访提醒", "一开始就该先道歉再查记录，顾客前两分钟一直在重复问题"},
	{"%s收到时有破损，要求退款", "售后", "不想再折腾退货流程，希望尽快拿回钱", "按破损流程拍照登记，申请免退货退款，十分钟内到账", "可以主动告诉顾客退款到账的具体时间，减少焦虑"},
	{"顾客投诉%s与描述不符，情绪激动", "投诉", "觉得被商品详情页骗了，想要一个说法", "先听完顾客的话，承认页面描述不清楚，提供换货和补偿券两个选择", "说话再慢一点，顾客激动时我也跟着语速变快了"},
	{"%s的优惠券用不了", "优惠活动", "活动最后一天，怕错过优惠", "发现是券的品类限制，手动补了等额的券并截图说明", "把常见的券限制整理成快捷回复"},
	{"老人不会在App里给%s申请售后", "操作指导", "希望有人一步一步带着做", "电话里一步一步指导，最后帮他代提交了申请", "准备一份给老年顾客的图文步骤"},
	{"快递显示%s已签收但顾客没收到", "物流", "怕包裹被人冒领，东西很重要", "联系快递站核实，找到放在隔壁驿站，顾客当天取回", "先查驿站记录再联系快递员，能省半小时"},
	{"顾客要求%s价保，差价二十元", "价格", "看到降价觉得吃亏了", "核实在价保期内，直接退了差价", "价保规则写得太复杂，我也解释得绕"},
	{"%s发错了颜色", "售后", "送礼用的，颜色不对没法送", "安排加急换货，先发新品再收回旧品", "这类情况可以直接走先换后退，不用再请示组长"},
	{"重复扣款，顾客买%s被扣了两次", "支付", "担心钱被吞了", "查支付流水确认重复扣款，走原路退回并发了凭证截图", "支付类问题第一时间给凭证，顾客会安心很多"},
	{"顾客对%s的安装服务不满意", "服务", "师傅迟到还态度差，想投诉", "记录投诉转给服务商，安排另一位师傅二次上门", "要同步告诉顾客投诉处理的时间线"},
	{"%s的发票抬头开错了", "发票", "公司报销要用，月底前必须拿到", "作废重开电子发票，十五分钟后发到邮箱", "下单页的发票提示可以更显眼"},
	{"顾客说%s用了一周就坏了", "质量", "不想自己寄回去修", "确认在质保内，安排上门取件维修", "先问清楚故障现象，避免来回多次沟通"},
}

var casesEn = []caseText{
	{"Customer chasing a late %s order", "Shipping", "Needed it before a trip on Friday", "Checked the warehouse scan, upgraded the shipping and set a follow-up reminder", "Should have given the delivery window in the first reply"},
	{"%s arrived broken, refund requested", "Returns", "Did not want the hassle of sending it back", "Logged the photos and issued a refund without return", "Tell the customer when the money lands, not just that it was sent"},
	{"Angry customer: the %s is not as described", "Complaint", "Felt misled by the product page", "Listened first, agreed the page was unclear, offered an exchange or a voucher", "Slow down when they speed up"},
	{"Promo code not working for the %s", "Promotions", "Last day of the sale, afraid to miss it", "Found the category limit, added a matching voucher by hand", "Add the common voucher limits to the saved replies"},
	{"Parcel with the %s marked delivered but missing", "Shipping", "Worried it was stolen", "Called the depot, found it at the neighbour's pickup point", "Check the pickup-point log before calling the courier"},
	{"Charged twice for the %s", "Payments", "Afraid the money was gone", "Confirmed the double charge and refunded it with a receipt", "Send the receipt first; it calms people down"},
	{"Wrong colour of the %s sent", "Returns", "It was a gift for tomorrow", "Sent the right one express before collecting the wrong one", "Exchange-first is allowed without asking the lead"},
	{"%s stopped working after a week", "Quality", "Did not want to post it back", "Booked a pick-up repair under warranty", "Ask for the exact symptom before anything else"},
	{"Invoice for the %s has the wrong company name", "Invoices", "Needs it for expenses by month end", "Voided and reissued the e-invoice in fifteen minutes", "The checkout note about invoices is too small"},
}

var productsZh = []string{"蓝牙耳机", "电饭煲", "儿童自行车", "羽绒服", "手机壳", "空气炸锅", "扫地机器人", "床上四件套", "行李箱", "咖啡机", "台灯", "运动鞋"}

var productsEn = []string{"headphones", "rice cooker", "kids' bike", "down jacket", "phone case", "air fryer", "robot vacuum", "bedding set", "suitcase", "coffee machine", "desk lamp", "running shoes"}

var helpedZh = []string{
	"帮一位老奶奶改好了收货地址", "给新同事讲了退款流程", "帮顾客在生日前拿到了蛋糕模具", "把一个差评变成了好评",
	"帮组长整理了本周的投诉记录", "安抚了一位哭着打电话的妈妈", "帮顾客找回了丢失的订单", "教顾客用小程序查物流",
	"替同事接了一个难缠的电话", "帮顾客申请到了延保", "解释清楚了会员积分规则", "帮外地顾客联系上了本地维修点",
}

var helpedEn = []string{
	"Got an elderly customer's address fixed before dispatch", "Walked a new teammate through refunds", "Turned a one-star review into five",
	"Calmed a parent who called in tears", "Found a lost order for a regular", "Showed a customer how to track parcels in the app",
	"Took a hard call for a teammate", "Got a warranty extension approved", "Explained the loyalty points clearly",
}

var ventZh = []string{
	"今天被骂了三次，最后一个真的很过分，挂了电话手还在抖。", "系统又卡了一下午，排队的人越来越多，压力好大。",
	"组长只看数据不看人，有点心累。", "夜班太熬人了，凌晨三点的时候脑子一片空白。", "午饭又是十分钟解决的，胃不舒服。",
	"有个顾客说要投诉我，其实不是我的错，但还是很难受。", "今天还行，就是有点累，想早点睡。", "被误会了也只能笑着道歉，好委屈。",
	"同事请假，一个人顶两个人的量。", "KPI又调高了，不知道还能坚持多久。",
}

var ventEn = []string{
	"Got shouted at three times today; the last one left my hands shaking.", "The system froze all afternoon and the queue kept growing.",
	"The lead only looks at numbers, never at people.", "Night shift is brutal; at 3 a.m. my mind went blank.", "Lunch in ten minutes again.",
	"A customer threatened to report me for something that wasn't my fault.", "Okay day, just tired.", "Covering for two people again.",
}

var tomorrowZh = []string{"先喝水再上线", "每个电话先确认顾客的真实需求", "按时吃午饭", "难缠的顾客先深呼吸三秒", "下班前整理快捷回复", "少说“没办法”，多说“我来试试”"}

var tomorrowEn = []string{"Drink water before logging in", "Confirm the real need on every call", "Take the full lunch break", "Breathe before answering an angry customer", "Tidy the saved replies before leaving"}

var tagsZh = []string{"大促", "新人带教", "系统故障", "好评", "加班"}

var tagsEn = []string{"sale-week", "mentoring", "outage", "praise", "overtime"}

var ideasZh = []string{
	"订单页显示快递员电话，减少催单咨询", "退款到账时间做成进度条", "给老年顾客做一份图文售后指南", "优惠券不可用时直接提示原因",
	"快捷回复按场景分组", "夜班增加一个人值守高峰", "破损件拍照上传后自动判责", "发票信息在下单时二次确认",
}

var ideasEn = []string{
	"Show the courier's phone on the order page", "A progress bar for refunds", "A picture guide for older customers",
	"Explain why a voucher does not apply", "Group saved replies by situation", "One more person on the night peak",
}

var impactZh = []string{"催单咨询少了三成", "退款类投诉明显下降", "新人上手快了一周"}

var impactEn = []string{"Chasing contacts down by a third", "Fewer refund complaints", "New hires ramp up a week sooner"}

var wentWellZh = []string{"这周耐心多了，没有和顾客顶嘴", "带新人带得不错", "好评比上周多", "按时下班了三天"}

var wentWellEn = []string{"More patient this week", "Mentoring went well", "More praise than last week", "Left on time three days"}

var toChangeZh = []string{"少加班", "遇到投诉先记录再回复", "每天留十分钟整理知识库", "别把情绪带回家"}

var toChangeEn = []string{"Less overtime", "Write down complaints before replying", "Ten minutes a day for the knowledge base", "Leave work at work"}

var focusZh = []string{"按时吃饭", "每天走一万步", "睡前不看工作群", "学一个新的系统功能"}

var focusEn = []string{"Regular meals", "A walk every day", "No work chat before bed", "Learn one new tool"}

var leaveNotes = []string{"年假", "回老家", "annual leave", "family visit", ""}

var holidayNotes = []string{"法定假日", "public holiday", ""}

var sickNotes = []string{"发烧", "感冒", "flu", ""}

// Jots a shift leaves behind without turning them into a case.
var jotsZh = []string{"王女士订单 8823 明天回电", "问组长退款超时怎么算", "快递站电话换了，记一下", "午休后查一下工单 #4410", "顾客说下午三点后才方便接电话"}

var jotsEn = []string{"call back order 8823 tomorrow", "ask the lead about late refunds", "depot has a new phone number", "check ticket #4410 after lunch", "customer free only after 3 pm"}
