"""Entity extraction and linking on our own articles (never the seeds' strings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.briefing import entities_document, open_briefing
from briefing.core.entities.extract import extract_block
from briefing.core.entities.link import AliasBook, entity_key, load_aliases
from briefing.core.entities.model import EntityType
from briefing.core.entities.normalize import matching_copy
from briefing.core.entities.service import cache_key, find_entities
from briefing.core.errors import BriefingError
from briefing.core.model import Document, ScriptMode
from briefing.core.structure import build_article


def article(tmp_path: Path, name: str, text: str):
    return build_article(Document(tmp_path / name, text, "utf-8"))


def spans(text: str) -> dict[str, EntityType]:
    simplified, _tokens, found = extract_block(text)
    return {simplified[s.start : s.end]: s.type for s in found}


@pytest.mark.parametrize(
    ("text", "form", "kind"),
    [
        ("世界卫生组织总干事谭德塞表示，疫情风险仍然存在。", "谭德塞", EntityType.PERSON),
        ("世界卫生组织总干事谭德塞表示，疫情风险仍然存在。", "世界卫生组织", EntityType.ORGANIZATION),
        ("台积电董事长魏哲家在记者会上说，订单强劲。", "魏哲家", EntityType.PERSON),
        ("德国总理朔尔茨当天抵达北京。", "朔尔茨", EntityType.PERSON),
        ("德国总理朔尔茨当天抵达北京。", "北京", EntityType.PLACE),
        ("这家公司推出了新一代模型Llama 3，并开放下载。", "Llama 3", EntityType.PRODUCT),
        ("用户可以在iPhone 16 Pro上使用该功能。", "iPhone 16 Pro", EntityType.PRODUCT),
        ("该报告刊登在《自然》杂志上。", "自然", EntityType.WORK),
        ("北京大学与清华大学联合发布报告。", "北京大学", EntityType.ORGANIZATION),
        ("巴黎奥运会将于七月开幕。", "巴黎奥运会", EntityType.EVENT),
        ("加利福尼亚州的山火仍在蔓延。", "加利福尼亚州", EntityType.PLACE),
        ("新华社北京3月5日电（记者李欣然）会议今天开幕。", "李欣然", EntityType.PERSON),
        ("新华社北京3月5日电（记者王洋、张晨）会议今天开幕。", "张晨", EntityType.PERSON),
        ("洪水沿长江而下，记者来到西柏坡。", "长江", EntityType.PLACE),
        ("洪水沿长江而下，记者来到西柏坡。", "西柏坡", EntityType.PLACE),
        ("殷墟博物馆新馆今天开放。", "殷墟博物馆", EntityType.ORGANIZATION),
        ("华东政法大学教授钱磊认为，判决有示范意义。", "华东政法大学", EntityType.ORGANIZATION),
        ("华东政法大学教授钱磊认为，判决有示范意义。", "钱磊", EntityType.PERSON),
        ("中央人民政府驻香港特别行政区联络办公室主任出席。", "中央人民政府驻香港特别行政区联络办公室", EntityType.ORGANIZATION),
        ("中国驻美国大使馆发言人表示反对。", "中国驻美国大使馆", EntityType.ORGANIZATION),
        ("美国商务部长雷蒙多日前受访时指出", "雷蒙多", EntityType.PERSON),
        ("他同马来西亚最高元首易卜拉欣举行会谈。", "易卜拉欣", EntityType.PERSON),
        ("先发投手林昱珉主投4局无失分。", "林昱珉", EntityType.PERSON),
        ("中国航空器材集团有限公司与对方签约。", "中国航空器材集团有限公司", EntityType.ORGANIZATION),
        ("康美药业财务造假案宣判。", "康美药业", EntityType.ORGANIZATION),
        ("广东省委书记黄坤明说，要稳住外贸。", "广东省委", EntityType.ORGANIZATION),
        ("广东省委书记黄坤明说，要稳住外贸。", "黄坤明", EntityType.PERSON),
        ("萍乡市委召开会议。", "萍乡市委", EntityType.ORGANIZATION),
        ("中国科学院与北大联合发布报告。", "北大", EntityType.ORGANIZATION),
        ("张简文龙表示，案件仍在调查。", "张简文龙", EntityType.PERSON),
        ("九龙城区议员表示关注。", "九龙城区", EntityType.PLACE),
        ("该公司在美国纳斯达克上市。", "纳斯达克", EntityType.ORGANIZATION),
        ("教育部体育署署长表示", "教育部体育署", EntityType.ORGANIZATION),
        ("花莲县长徐榛蔚说", "徐榛蔚", EntityType.PERSON),
        ("农业农村部部长韩俊日前表示", "韩俊", EntityType.PERSON),
        ("巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦抵达", "路易斯·伊纳西奥·卢拉·达席尔瓦", EntityType.PERSON),
        ("物资经拉萨贡嘎国际机场转运", "拉萨贡嘎国际机场", EntityType.PLACE),
        ("政府重新评估西贡郊野公园的边界", "西贡郊野公园", EntityType.PLACE),
        ("中国国家铁路集团有限公司宣布", "中国国家铁路集团有限公司", EntityType.ORGANIZATION),
        ("集团首席财务总监Garth Jones表示，业务稳健。", "Garth Jones", EntityType.PERSON),
        ("女单比赛中，王祉怡不敌对手。", "王祉怡", EntityType.PERSON),
        ("黄东萍以2比0击败徐承宰/蔡侑玎。", "蔡侑玎", EntityType.PERSON),
        ("新华社厦门5月4日电（记者公兵、乐文婉）", "乐文婉", EntityType.PERSON),
        ("文化体育及旅游局局长杨润雄表示", "文化体育及旅游局", EntityType.ORGANIZATION),
        ("保险业监管局（保监局）公布数据", "保险业监管局", EntityType.ORGANIZATION),
        ("发展局局长宁汉豪指出", "发展局", EntityType.ORGANIZATION),
        ("主攻手庄宇珊全场攻下21分", "庄宇珊", EntityType.PERSON),
        ("稻农钟淑媛笑说，过去孩子都往外地", "钟淑媛", EntityType.PERSON),
        ("台东县长饶庆铃指出，县府将协助", "饶庆铃", EntityType.PERSON),
        ("建中学生关晟睿考出60级分", "关晟睿", EntityType.PERSON),
        ("河南省人大常委会副主任出席", "河南省人大常委会", EntityType.ORGANIZATION),
        ("离岛区议会议员表示", "离岛区议会", EntityType.ORGANIZATION),
        ("国民党云林县党部主委表示", "国民党云林县党部", EntityType.ORGANIZATION),
        ("福建省气象台发布预警", "福建省气象台", EntityType.ORGANIZATION),
        ("云林县政府表示将协助", "云林县政府", EntityType.ORGANIZATION),
        ("秀林国中停课，国立东华大学也停课", "国立东华大学", EntityType.ORGANIZATION),
        ("吉林省长春市中级人民法院公开宣判", "吉林省长春市中级人民法院", EntityType.ORGANIZATION),
        ("黄山风景区管理委员会表示", "黄山风景区管理委员会", EntityType.ORGANIZATION),
        ("台风登陆阳江市海陵岛", "海陵岛", EntityType.PLACE),
        ("由重庆两江新区基地生产", "两江新区", EntityType.PLACE),
        ("新田公路与青山公路交界", "新田公路", EntityType.PLACE),
        ("背景是中央山脉与海岸山脉之间的花东纵谷", "花东纵谷", EntityType.PLACE),
        ("逸东邨和富东邨居民", "富东邨", EntityType.PLACE),
        ("东涌炮台是法定古迹", "东涌炮台", EntityType.PLACE),
        ("在台东县池上乡伯朗大道旁", "伯朗大道", EntityType.PLACE),
        ("乐天总教练古久保健二则表示，明天", "古久保健二", EntityType.PERSON),
        ("熊本县知事木村敬说，工厂将扩建", "木村敬", EntityType.PERSON),
        ("研究员松本裕也（Matsumoto Yuya）介绍", "松本裕也", EntityType.PERSON),
        ("项目经理高桥修一指出，扩展区", "高桥修一", EntityType.PERSON),
        ("虎尾镇和麦寮乡的居民", "麦寮乡", EntityType.PLACE),
        ("港铁屯马线沿线车站", "屯马线", EntityType.PLACE),
        ("此事已获中国证监会批准", "中国证监会", EntityType.ORGANIZATION),
        ("劳工及福利局局长表示", "劳工及福利局", EntityType.ORGANIZATION),
        ("首尔大学医院的研究团队", "首尔大学医院", EntityType.ORGANIZATION),
        ("（中央社记者张雄风台北9日电）", "张雄风", EntityType.PERSON),
        ("兄弟靠游击手江坤宇的再见安打获胜", "江坤宇", EntityType.PERSON),
        ("国立成功大学的研究中心", "国立成功大学", EntityType.ORGANIZATION),
        ("秀雯则关注东涌西站施工对东涌炮台一带古迹的影响，", "东涌炮台", EntityType.PLACE),
        ("会同高雄市政府环境保护局稽查", "高雄市政府环境保护局", EntityType.ORGANIZATION),
        ("明天移师乐天桃园棒球场再战", "乐天桃园棒球场", EntityType.PLACE),
        ("港大化学系教授与中大医学院团队合作", "港大化学系", EntityType.ORGANIZATION),
        ("港大化学系教授与中大医学院团队合作", "中大医学院", EntityType.ORGANIZATION),
        ("兰州大学法学院院长表示", "兰州大学法学院", EntityType.ORGANIZATION),
        ("太鲁阁国家公园管理处表示", "太鲁阁国家公园管理处", EntityType.ORGANIZATION),
        ("天津市妇联为广开就业路积极办实事。", "天津市妇联", EntityType.ORGANIZATION),
        ("共青团四川省委提出这个口号", "共青团四川省委", EntityType.ORGANIZATION),
        ("中国银行匈牙利分行提供贷款", "中国银行匈牙利分行", EntityType.ORGANIZATION),
        ("无锡市公安局新吴分局民警", "无锡市公安局新吴分局", EntityType.ORGANIZATION),
        ("警务处商业罪案调查科（商罪科）表示", "警务处商业罪案调查科", EntityType.ORGANIZATION),
        ("警务处商业罪案调查科（商罪科）表示", "商罪科", EntityType.ORGANIZATION),
        ("河内文化大学（Hanoi University of Culture）", "Hanoi University of Culture", EntityType.ORGANIZATION),
        ("该公司（LanCore Energy Hungary Kft.）成立", "LanCore Energy Hungary Kft.", EntityType.ORGANIZATION),
        ("子公司（Jinghui Optoelectronics Vietnam Co., Ltd.）", "Jinghui Optoelectronics Vietnam Co., Ltd.", EntityType.ORGANIZATION),
        ("无锡警方称林志强（Lim Chee Keong）是主犯", "林志强", EntityType.PERSON),
        ("部长西雅尔多·彼得（Szijjártó Péter）出席", "西雅尔多·彼得", EntityType.PERSON),
        ("巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦（Luiz Inácio Lula da Silva）举行会谈", "Luiz Inácio Lula da Silva", EntityType.PERSON),
        ("扫管笏路与屯门绕道交界", "扫管笏路", EntityType.PLACE),
        ("旅客可在台中车站转乘", "台中车站", EntityType.PLACE),
        ("江苏澜芯储能科技股份有限公司今天宣布", "江苏澜芯储能科技股份有限公司", EntityType.ORGANIZATION),
        ("无锡鼎泓信息科技有限公司", "无锡鼎泓信息科技有限公司", EntityType.ORGANIZATION),
        ("观塘民政事务处与香港文化中心", "观塘民政事务处", EntityType.ORGANIZATION),
        ("观塘民政事务处与香港文化中心", "香港文化中心", EntityType.PLACE),
        ("在匈牙利德布勒森的工厂", "德布勒森", EntityType.PLACE),
        ("比利时梅腾斯表示，比赛很艰难", "梅腾斯", EntityType.PERSON),
        ("泰山队前锋克雷桑（Cryzan）接球", "Cryzan", EntityType.PERSON),
        ("台北国际电脑展（COMPUTEX）今天开幕", "COMPUTEX", EntityType.EVENT),
        ("印第安纳大学校长Robbie McRobbie表示", "Robbie McRobbie", EntityType.PERSON),
        ("世界羽联主席Poul-Erik Høyer说", "Poul-Erik Høyer", EntityType.PERSON),
        ("用户可透过Instagram和App Store下载", "App Store", EntityType.PRODUCT),
        ("湖南省纪委监委通报", "湖南省纪委监委", EntityType.ORGANIZATION),
        ("复旦大学附属中山医院的医生", "复旦大学附属中山医院", EntityType.ORGANIZATION),
        ("另以晟曜国际顾问有限公司名义", "晟曜国际顾问有限公司", EntityType.ORGANIZATION),
        ("经济部水利署第五河川分署（五河分署）", "经济部水利署第五河川分署", EntityType.ORGANIZATION),
        ("经济部投资审议司", "经济部投资审议司", EntityType.ORGANIZATION),
        ("新北市板桥区", "板桥区", EntityType.PLACE),
        ("同日被通报的还有湖南潇湘城发控股集团有限公司（简称潇湘城发）", "湖南潇湘城发控股集团有限公司", EntityType.ORGANIZATION),
        ("苏州市吴江区汾湖高新区和盛泽镇此前均未通高铁。", "吴江区", EntityType.PLACE),
        ("苏州市吴江区汾湖高新区和盛泽镇此前均未通高铁。", "盛泽镇", EntityType.PLACE),
        ("约新台币6亿元的诈团首脑庄承叡，台湾台北地方法院", "庄承叡", EntityType.PERSON),
        ("工厂位于德州谢尔曼市（Sherman），距离", "谢尔曼市", EntityType.PLACE),
        ("其中东石国中体育馆屋顶被强风吹落", "东石国中", EntityType.ORGANIZATION),
        ("将在波兰马拉舍维奇等换装站增加", "马拉舍维奇", EntityType.PLACE),
        ("茶饮连锁品牌蜜雪集团招股时", "蜜雪集团", EntityType.ORGANIZATION),
        ("证券柜台买卖中心（柜买中心）公布", "证券柜台买卖中心", EntityType.ORGANIZATION),
        ("中央灾害应变中心今天表示", "中央灾害应变中心", EntityType.ORGANIZATION),
        ("论坛在北京国家会议中心举行", "国家会议中心", EntityType.PLACE),
        # 𪸩 (OpenCC's Simplified 煇) lies outside jieba's Han range; the name keeps it.
        ("作曲家顾嘉𪸩的作品广为传唱。", "顾嘉𪸩", EntityType.PERSON),
        ("嫦娥六号返回后，神舟十八号乘组出舱。", "神舟十八号", EntityType.PRODUCT),
        ("伤者送往将军澳医院治理", "将军澳医院", EntityType.ORGANIZATION),
        ("国家运输安全调查委员会（运安会）发布报告", "国家运输安全调查委员会", EntityType.ORGANIZATION),
        ("恒朗冷链（深圳）有限公司公布业绩", "恒朗冷链（深圳）有限公司", EntityType.ORGANIZATION),
        ("民进党团与国民党团协商预算", "民进党团", EntityType.ORGANIZATION),
        ("金爵奖颁奖典礼在上海举行", "金爵奖", EntityType.EVENT),
        ("中国—乌拉圭企业家论坛在杭州举行", "中国—乌拉圭企业家论坛", EntityType.EVENT),
        ("两国元首在西湖国宾馆会见", "西湖国宾馆", EntityType.PLACE),
        ("货轮停靠蒙得维的亚港", "蒙得维的亚港", EntityType.PLACE),
        ("用户可在Kimi智能助手中试用", "Kimi", EntityType.PRODUCT),
        ("本场比赛由纬来体育台转播", "纬来体育台", EntityType.ORGANIZATION),
        ("被告昨日在九龙城裁判法院承认控罪", "九龙城裁判法院", EntityType.ORGANIZATION),
        ("西贡警区指挥官表示", "西贡警区", EntityType.ORGANIZATION),
        ("广东卓信律师事务所律师何思远表示", "广东卓信律师事务所", EntityType.ORGANIZATION),
        ("记者从宁波海关获悉", "宁波海关", EntityType.ORGANIZATION),
        ("孙东指出，特朗普政府早前限制出口", "特朗普", EntityType.PERSON),
        ("全线设合肥南、六安东、金寨南等站", "金寨南", EntityType.PLACE),
        ("车队沿台19线北上", "台19线", EntityType.PLACE),
        ("运动部长李洋在社群平台发文", "运动部", EntityType.ORGANIZATION),
        ("台北荣民总医院（北荣）今天发表研究", "台北荣民总医院", EntityType.ORGANIZATION),
        ("科考船驶向印度洋", "印度洋", EntityType.PLACE),
        ("（中央社记者洪哲玮台北20日电）", "洪哲玮", EntityType.PERSON),
        ("轮候公屋六年的梁淑芬与丈夫同住", "梁淑芬", EntityType.PERSON),
        ("统一狮先发陈品睿投6局失1分", "陈品睿", EntityType.PERSON),
        ("至墨西哥曼萨尼约港的直航", "曼萨尼约港", EntityType.PLACE),
        ("熊本县菊阳町新厂已投产", "菊阳町", EntityType.PLACE),
        ("梅山港区今年新开通航线", "梅山港区", EntityType.PLACE),
        ("并在抖音、淘宝开设网店", "抖音", EntityType.PRODUCT),
        ("诉东莞市茶满堂食品有限公司（以下简称茶满堂公司）", "东莞市茶满堂食品有限公司", EntityType.ORGANIZATION),
        ("得益于《区域全面经济伙伴关系协定》（RCEP）生效", "RCEP", EntityType.WORK),
        ("数据中心设于沙岭数据园", "沙岭数据园", EntityType.PLACE),
        ("吴江区汾湖高新区内的企业", "汾湖高新区", EntityType.PLACE),
        ("湘潭经济技术开发区的企业", "湘潭经济技术开发区", EntityType.PLACE),
        ("湘潭经济技术开发区管委会", "湘潭经济技术开发区管委会", EntityType.ORGANIZATION),
        ("立法会秘书处指出", "立法会秘书处", EntityType.ORGANIZATION),
        ("华中科技大学机械科学与工程学院教授", "华中科技大学机械科学与工程学院", EntityType.ORGANIZATION),
        ("中储粮河南分公司负责人", "中储粮河南分公司", EntityType.ORGANIZATION),
        ("南部科学园区台南园区", "南部科学园区台南园区", EntityType.PLACE),
        ("广达电脑昨天", "广达电脑", EntityType.ORGANIZATION),
        ("月球南极-艾特肯盆地", "南极-艾特肯盆地", EntityType.PLACE),
        ("沿天府大道、人民南路行驶", "天府大道", EntityType.PLACE),
        ("在卡塔尔多哈卢赛尔体育馆举行", "卢赛尔体育馆", EntityType.PLACE),
        ("在卡塔尔多哈卢赛尔体育馆举行", "多哈", EntityType.PLACE),
        ("熊本县知事木村敬表示", "木村敬", EntityType.PERSON),
        ("商丘、信阳两市", "商丘", EntityType.PLACE),
        ("奥克兰和惠灵顿每周直飞上海", "惠灵顿", EntityType.PLACE),
        ("沿天府大道、人民南路行驶", "人民南路", EntityType.PLACE),
        ("黄家豪（47岁）和李美玲（44岁）。", "李美玲", EntityType.PERSON),
        ("文：梁启明（资深财经评论员）", "梁启明", EntityType.PERSON),
        ("欧亚板块与太平洋板块", "欧亚板块", EntityType.PLACE),
        ("从海南文昌航天发射场升空", "文昌航天发射场", EntityType.PLACE),
        ("飞抵拉萨贡嘎国际机场", "拉萨贡嘎国际机场", EntityType.PLACE),
        ("主教练艾殊利·韦斯活昨日在香港", "艾殊利·韦斯活", EntityType.PERSON),
        ("主力前锋伊克桑·凡迪状态火热", "伊克桑·凡迪", EntityType.PERSON),
        ("扩建位于美国德州沃斯堡（Fort Worth）的工厂", "沃斯堡", EntityType.PLACE),
        ("扩建位于美国德州沃斯堡（Fort Worth）的工厂", "德州", EntityType.PLACE),
        ("疫苗由丹麦药厂巴伐利亚北欧（Bavarian Nordic）生产", "巴伐利亚北欧", EntityType.ORGANIZATION),
        ("出席会议的中国代表团团长表示", "中国代表团", EntityType.ORGANIZATION),
        ("上海申花队主场迎战对手", "上海申花队", EntityType.ORGANIZATION),
        ("俄央行和财政部能够控制局势", "俄央行", EntityType.ORGANIZATION),
        ("致公党中央主席罗豪才主持会议", "罗豪才", EntityType.PERSON),
        ("中国足协日前宣布新赛季安排", "中国足协", EntityType.ORGANIZATION),
        ("广东省疾控中心发布提示", "广东省疾控中心", EntityType.ORGANIZATION),
        ("县委副书记刘友明带队走村访户", "刘友明", EntityType.PERSON),
        ("这个球正是由克林斯曼在禁区内头球摆渡", "克林斯曼", EntityType.PERSON),
        ("记者今天从北仑河口出发", "北仑河口", EntityType.PLACE),
        ("在国家广播电视总局老干部活动中心举办", "国家广播电视总局", EntityType.ORGANIZATION),
        ("1995年任监利县委副书记", "监利县委", EntityType.ORGANIZATION),
        ("大阪大学的田中裕介副教授和韩国同行", "田中裕介", EntityType.PERSON),
        ("由日籍主帅小仓勉领军，", "小仓勉", EntityType.PERSON),
        ("代表片山和之也出席。", "片山和之", EntityType.PERSON),
        ("又有几分是枝裕和《海街日记》的味道", "是枝裕和", EntityType.PERSON),
        ("美国总统川普扬言对晶片课征关税", "川普", EntityType.PERSON),
        ("同案的前财务总监区美玲较早前认罪", "区美玲", EntityType.PERSON),
        ("教授黄乐天的看法较为审慎", "黄乐天", EntityType.PERSON),
        ("财务长蔡佩珊说，", "蔡佩珊", EntityType.PERSON),
        ("韩国导演朴志勋当时形容", "朴志勋", EntityType.PERSON),
        ("美国布朗大学教授", "布朗大学", EntityType.ORGANIZATION),
        ("美国布朗大学教授", "美国", EntityType.PLACE),
        ("美国波音公司", "波音公司", EntityType.ORGANIZATION),
        ("美国商务部宣布", "美国商务部", EntityType.ORGANIZATION),
        ("日本台湾交流协会表示", "日本台湾交流协会", EntityType.ORGANIZATION),
        ("在新加坡国家体育场作客", "新加坡国家体育场", EntityType.PLACE),
        ("移师旺角大球场", "旺角大球场", EntityType.PLACE),
        ("沿著伯朗大道骑车", "伯朗大道", EntityType.PLACE),
        ("经北斗交流道", "北斗交流道", EntityType.PLACE),
        ("远方中央山脉", "中央山脉", EntityType.PLACE),
        ("油麻地戏院", "油麻地戏院", EntityType.PLACE),
        ("黄石单板厂的江西籍厂主", "江西", EntityType.PLACE),
        ("黄石单板厂的江西籍厂主", "黄石单板厂", EntityType.ORGANIZATION),
        ("到2000年，摩托罗拉对中国投资预计将高达25亿美元", "摩托罗拉", EntityType.ORGANIZATION),
        ("咨询活动需向国家环保总局备案", "国家环保总局", EntityType.ORGANIZATION),
        ("原淮南市农业银行田东城市信用社工作人员吴军", "吴军", EntityType.PERSON),
        ("中国代表在大会发言中及会见非洲发展银行行长卡巴杰时都强调", "非洲发展银行", EntityType.ORGANIZATION),
        ("中国代表在大会发言中及会见非洲发展银行行长卡巴杰时都强调", "卡巴杰", EntityType.PERSON),
        ("美国大西洋贝尔公司买下纽新公司", "纽新公司", EntityType.ORGANIZATION),
        ("法国内政部长签署了紧急驱逐令。", "法国内政部", EntityType.ORGANIZATION),
        ("法工委研究室吴高盛认为", "吴高盛", EntityType.PERSON),
        ("农业部农田水利署彰化管理处表示", "农业部农田水利署彰化管理处", EntityType.ORGANIZATION),
        ("中国国民党立委赖士葆批评", "中国国民党", EntityType.ORGANIZATION),
        ("由救护车送往威尔斯亲王医院治理", "威尔斯亲王医院", EntityType.ORGANIZATION),
        ("记者古丽米拉·阿不都热依木报道", "古丽米拉·阿不都热依木", EntityType.PERSON),
        ("货运部副主任艾力·买买提介绍", "艾力·买买提", EntityType.PERSON),
        ("总统谢尔达尔·别尔德穆哈梅多夫、", "谢尔达尔·别尔德穆哈梅多夫", EntityType.PERSON),
        ("比尔及梅琳达·盖茨基金会宣布", "梅琳达·盖茨基金会", EntityType.ORGANIZATION),
        ("邀请英国企鹅兰登书屋（Penguin Random House）参展", "企鹅兰登书屋", EntityType.ORGANIZATION),
        ("邀请英国企鹅兰登书屋（Penguin Random House）参展", "英国", EntityType.PLACE),
        ("主教练杜锋赛后表示", "杜锋", EntityType.PERSON),
        ("文化部长李远均出席典礼", "李远", EntityType.PERSON),
        ("韩国队主教练金学均则认为", "金学均", EntityType.PERSON),
        ("土木工程拓展署辖下土力工程处派员到场", "土力工程处", EntityType.ORGANIZATION),
        ("；张德顺以2小时15分获得第三", "张德顺", EntityType.PERSON),
        ("局长罗淑佩主礼。", "罗淑佩", EntityType.PERSON),
        ("（记者周雨桐谭立新）", "谭立新", EntityType.PERSON),
        ("落差。大学入学考试中心（大考中心）表示", "大学入学考试中心", EntityType.ORGANIZATION),
        ("教育部高等教育司（高教司）司长许淑芬说明", "教育部高等教育司", EntityType.ORGANIZATION),
        ("向立法院外交及国防委员会提出专案报告", "立法院外交及国防委员会", EntityType.ORGANIZATION),
        ("当局下月将向立法会汇报公园的发展", "立法会", EntityType.ORGANIZATION),
        ("位于南区的香港迪士尼乐园", "香港迪士尼乐园", EntityType.PLACE),
        ("并透过手机应用程式「MTR Mobile」发放消息", "MTR Mobile", EntityType.PRODUCT),
        ("影片将在CATCHPLAY+上架", "CATCHPLAY+", EntityType.PRODUCT),
        ("深圳出版集团亦参展", "深圳出版集团", EntityType.ORGANIZATION),
        ("台湾国际造船公司（台船）表示", "台湾国际造船公司", EntityType.ORGANIZATION),
        ("在6月初向中国男篮报到", "中国男篮", EntityType.ORGANIZATION),
        ("前季效力美国职棒大联盟响尾蛇队体系", "响尾蛇队", EntityType.ORGANIZATION),
        ("前季效力美国职棒大联盟响尾蛇队体系", "美国职棒大联盟", EntityType.ORGANIZATION),
        ("邀请日本讲谈社参展", "讲谈社", EntityType.ORGANIZATION),
        ("并通过德国联邦经济和能源部审查", "德国联邦经济和能源部", EntityType.ORGANIZATION),
        ("但若联储局维持利率不变", "联储局", EntityType.ORGANIZATION),
        ("本地编舞家麦颖彤的舞蹈剧场《潮汐之城》", "麦颖彤", EntityType.PERSON),
        ("住在华悦阁的居民梁婉仪说", "华悦阁", EntityType.PLACE),
        ("乡内富世村有两户民宅", "富世村", EntityType.PLACE),
        ("消防处屋宇署联合调查", "屋宇署", EntityType.ORGANIZATION),
        ("卫生署卫生防护中心今日公布", "卫生署卫生防护中心", EntityType.ORGANIZATION),
        ("负责售票的拓元股份有限公司表示", "拓元股份有限公司", EntityType.ORGANIZATION),
        ("美国亚利桑那大学的研究人员", "亚利桑那大学", EntityType.ORGANIZATION),
        ("美国亚利桑那大学的研究人员", "美国", EntityType.PLACE),
        ("九巴母公司载通国际控股有限公司早前公布", "载通国际控股有限公司", EntityType.ORGANIZATION),
        ("的中资企业远川供应链管理有限公司已在", "远川供应链管理有限公司", EntityType.ORGANIZATION),
        ("上海星澜互动网络科技有限公司（以下", "上海星澜互动网络科技有限公司", EntityType.ORGANIZATION),
        ("已要求主办单位光点娱乐将音量控制在", "光点娱乐", EntityType.ORGANIZATION),
        ("网易公司表示", "网易公司", EntityType.ORGANIZATION),
        ("台北地检署今天侦结", "台北地检署", EntityType.ORGANIZATION),
        ("元大投顾研究部协理俞子萱分析", "元大投顾", EntityType.ORGANIZATION),
        ("元大投顾研究部协理俞子萱分析", "俞子萱", EntityType.PERSON),
        ("在西昌卫星发射中心发射", "西昌卫星发射中心", EntityType.PLACE),
        ("以焦尔达诺·布鲁诺撞击坑为例", "焦尔达诺·布鲁诺撞击坑", EntityType.PLACE),
        ("沙田马场及跑马地马场", "跑马地马场", EntityType.PLACE),
        ("越南北宁省的工厂扩产。", "北宁省", EntityType.PLACE),
        ("重新认识长江上游青铜文明", "长江", EntityType.PLACE),
        ("深圳市科技创新局代表日前来港", "深圳市科技创新局", EntityType.ORGANIZATION),
        ("海南自由贸易港正式启动全岛封关运作", "海南自由贸易港", EntityType.PLACE),
        ("在海口、澄迈、文昌等地设立", "澄迈", EntityType.PLACE),
        ("小米SU7与问界M8竞争", "小米SU7", EntityType.PRODUCT),
        ("特斯拉Model Y降价", "特斯拉Model Y", EntityType.PRODUCT),
        ("东航C919执飞航线", "C919", EntityType.PRODUCT),
        ("苹果App Store下架", "App Store", EntityType.PRODUCT),
        ("成都9月23日电（记者 童芳 谢佼）", "谢佼", EntityType.PERSON),
        ("检查点抑制剂吉舒达（Keytruda）", "Keytruda", EntityType.PRODUCT),
        ("美国食品药品监督管理局（FDA）批准", "FDA", EntityType.ORGANIZATION),
        ("在广东奥林匹克游泳跳水馆举行", "广东奥林匹克游泳跳水馆", EntityType.PLACE),
        ("三亚国际免税城的销售额", "三亚国际免税城", EntityType.PLACE),
        ("广汉三星堆遗址发现大型建筑基址", "三星堆遗址", EntityType.PLACE),
        ("与偃师二里头遗址相比", "二里头遗址", EntityType.PLACE),
        ("南安普敦大学计算机科学家霍尔表示", "南安普敦大学", EntityType.ORGANIZATION),
        ("汇骏证券研究部董事黄德几表示", "汇骏证券", EntityType.ORGANIZATION),
        ("上海队的覃海洋以2分07秒夺冠", "覃海洋", EntityType.PERSON),
        ("据彭博统计，外资净流入", "彭博", EntityType.ORGANIZATION),
        ("改革发展研究院院长迟福林认为", "迟福林", EntityType.PERSON),
        ("民政事务局前局长冯程淑仪表示", "冯程淑仪", EntityType.PERSON),
        ("议员叶刘淑仪表示", "叶刘淑仪", EntityType.PERSON),
        ("记者王方平报道", "王方平", EntityType.PERSON),
        ("也能比较乾隆皇帝喜爱的紫砂壶", "乾隆", EntityType.PERSON),
        ("路易十四曾派遣数学家前往中国", "路易十四", EntityType.PERSON),
        ("英国国王查理三世与已故女王伊丽莎白二世", "伊丽莎白二世", EntityType.PERSON),
        ("会见教宗良十四世", "良十四世", EntityType.PERSON),
        ("可以看到陆羽《茶经》的明代刻本", "陆羽", EntityType.PERSON),
        ("他在夏威夷的天文台工作", "夏威夷", EntityType.PLACE),
        ("美国卫生与公众服务部发布报告。", "美国卫生与公众服务部", EntityType.ORGANIZATION),
        ("巴西发展、工业、贸易和服务部表示。", "巴西发展、工业、贸易和服务部", EntityType.ORGANIZATION),
        ("外交部、商务部和财政部发表声明", "财政部", EntityType.ORGANIZATION),
        ("他毕业于日本京都大学，曾在广州中山大学任教。", "京都大学", EntityType.ORGANIZATION),
        ("他毕业于日本京都大学，曾在广州中山大学任教。", "中山大学", EntityType.ORGANIZATION),
        ("英国帝国理工学院的研究", "帝国理工学院", EntityType.ORGANIZATION),
        ("与河内文化大学合作", "河内文化大学", EntityType.ORGANIZATION),
        ("上海交通大学的研究", "上海交通大学", EntityType.ORGANIZATION),
        ("新加坡国立大学的研究", "新加坡国立大学", EntityType.ORGANIZATION),
        ("他住在宝林邨和逸东邨。", "逸东邨", EntityType.PLACE),
        ("工作组到措果乡和长所乡调研。", "长所乡", EntityType.PLACE),
        ("乘客在宋皇台站下车，港铁表示。", "宋皇台站", EntityType.PLACE),
        ("该中心位于德国北莱茵-威斯特法伦州。", "北莱茵-威斯特法伦州", EntityType.PLACE),
        ("研究由上海交通大学医学院附属胸科医院牵头。", "上海交通大学医学院附属胸科医院", EntityType.ORGANIZATION),
        ("九龙巴士（一九三三）有限公司宣布新路线。", "九龙巴士（一九三三）有限公司", EntityType.ORGANIZATION),
        ("华泰证券医药分析师邓可欣指出", "华泰证券", EntityType.ORGANIZATION),
        ("他已取得中华民国围棋协会业余六段。", "中华民国围棋协会", EntityType.ORGANIZATION),
        ("发起团体台湾青年宪政研究会表示", "台湾青年宪政研究会", EntityType.ORGANIZATION),
        ("她在贝里斯国会发表演说。", "贝里斯国会", EntityType.ORGANIZATION),
        ("选手参观新竹城隍庙。", "新竹城隍庙", EntityType.PLACE),
        ("货车在落马洲管制站停下。", "落马洲管制站", EntityType.PLACE),
        ("东港渔港的渔船返航。", "东港渔港", EntityType.PLACE),
        ("司机在葵涌安峰工业大厦外停工。", "安峰工业大厦", EntityType.PLACE),
        ("竹风杯国际青少年围棋邀请赛昨天开幕。", "竹风杯国际青少年围棋邀请赛", EntityType.EVENT),
        ("总理出席中巴企业家座谈会。", "中巴企业家座谈会", EntityType.EVENT),
        ("雷军在小米人车家全生态发布会上说", "小米人车家全生态发布会", EntityType.EVENT),
        ("上海至苏州至湖州高速铁路开通", "上海至苏州至湖州高速铁路", EntityType.PLACE),
        ("新棉搭乘中欧班列西行", "中欧班列", EntityType.PRODUCT),
        ("2025赛季中国足球协会超级联赛第1轮", "中国足球协会超级联赛", EntityType.EVENT),
        ("农业部已透过渔业署编列补助", "渔业署", EntityType.ORGANIZATION),
        ("就读新竹市东峰国中的棋手", "东峰国中", EntityType.ORGANIZATION),
        ("尤伯杯决赛将在印尼女队与中国队之间进行", "尤伯杯", EntityType.EVENT),
        ("发言的还有联想集团副总裁李勤", "联想集团", EntityType.ORGANIZATION),
        ("小说日前由中国电影出版社出版。", "中国电影出版社", EntityType.ORGANIZATION),
        ("1993年，大连化工集团公司建成排渣场", "大连化工集团公司", EntityType.ORGANIZATION),
        ("法国雇主协会举行工作宴会", "法国雇主协会", EntityType.ORGANIZATION),
        ("该游戏在华为应用市场位列热门榜", "华为应用市场", EntityType.PRODUCT),
        ("公司会引入新调度系统「运联通」缩短轮候时间。", "运联通", EntityType.PRODUCT),
        ("另推出即食品牌「鲔鲜生」抢攻超市。", "鲔鲜生", EntityType.PRODUCT),
        ("旅客经西安咸阳国际机场出境", "西安咸阳国际机场", EntityType.PLACE),
        ("旅客可在高铁嘉义站转乘", "高铁嘉义站", EntityType.PLACE),
        ("中超联赛第5轮，上海申花与青岛海牛战平", "上海申花", EntityType.ORGANIZATION),
        ("中超联赛第5轮，上海申花与青岛海牛战平", "青岛海牛", EntityType.ORGANIZATION),
        ("近年来松阳推出“拯救老屋行动”，邀请建筑师", "拯救老屋行动", EntityType.PRODUCT),
        ("罗干出席会议，研究周恩来经济思想。", "周恩来", EntityType.PERSON),
        ("施工总承包单位江西赣鄱水工建设集团有限公司已进场", "江西赣鄱水工建设集团有限公司", EntityType.ORGANIZATION),
        ("新线先后跨越淮河、史河和大别山", "史河", EntityType.PLACE),
        ("这是继中老铁路之后又一条跨境线路", "中老铁路", EntityType.PLACE),
        ("列车通过中越友谊铁路大桥出境", "中越友谊铁路大桥", EntityType.PLACE),
        ("深圳航空的航班全部取消", "深圳航空", EntityType.ORGANIZATION),
        ("澳门地球物理气象局发出警告", "澳门地球物理气象局", EntityType.ORGANIZATION),
        ("旅客在信德中心港澳码头候船", "信德中心", EntityType.PLACE),
        ("旅客在信德中心港澳码头候船", "港澳码头", EntityType.PLACE),
        ("新华社北京5日电（记者 王晓 白露溪）", "白露溪", EntityType.PERSON),
        ("卫生防护中心（卫防中心）今日公布", "卫生防护中心", EntityType.ORGANIZATION),
        ("食物安全中心（食安中心）其后抽取样本", "食安中心", EntityType.ORGANIZATION),
        ("桃园市政府已规划接机动线", "桃园市政府", EntityType.ORGANIZATION),
        ("台铁表示，北回线和仁至崇德间因落石停驶", "崇德", EntityType.PLACE),
        ("瑞穗乡、光复乡及新城乡约两千户停电", "新城乡", EntityType.PLACE),
        ("花莲县的傅崐萁，不同意票领先", "傅崐萁", EntityType.PERSON),
        ("日本队总教练井端弘和坦言，对手很强", "井端弘和", EntityType.PERSON),
        ("西安卫星测控中心对飞船实施跟踪", "西安卫星测控中心", EntityType.ORGANIZATION),
        ("返回舱在东风着陆场着陆", "东风着陆场", EntityType.PLACE),
        ("上海动物园与成都签约", "上海动物园", EntityType.ORGANIZATION),
        ("游船停靠后游客游览秭归和巴东", "秭归", EntityType.PLACE),
        ("龙运巴士申请加价", "龙运巴士", EntityType.ORGANIZATION),
        ("中国科学院国家天文台研究员说", "中国科学院国家天文台", EntityType.ORGANIZATION),
        ("中国与东盟国家之间的贸易", "东盟", EntityType.ORGANIZATION),
        ("中原地区和江淮地区降雨偏多", "江淮", EntityType.PLACE),
        ("美国总统当选人川普曾批评该法案", "川普", EntityType.PERSON),
        ("日本外务省发言人说", "日本外务省", EntityType.ORGANIZATION),
        ("推动罢免的公民团体「守护山海公民联盟」表示", "守护山海公民联盟", EntityType.ORGANIZATION),
        ("技术已授权予大学的初创公司晨析生物", "晨析生物", EntityType.ORGANIZATION),
        ("该项目与东南大学联合完成。", "东南大学", EntityType.ORGANIZATION),
        ("大会颁发奖章、证书。李强代表中共中央讲话", "李强", EntityType.PERSON),
        ("演唱会当晚将在光复南路封路", "光复南路", EntityType.PLACE),
        ("工程在九江市永修县三角乡开工", "三角乡", EntityType.PLACE),
        ("丰收节期间，四都乡陈家铺村游客众多", "四都乡", EntityType.PLACE),
        ("浙江省水文局称，宁波舟山港集团当天恢复作业。", "宁波舟山港集团", EntityType.ORGANIZATION),
        ("国家天文台研究员李明介绍了观测结果。", "国家天文台", EntityType.ORGANIZATION),
        ("欧洲极大望远镜（ELT）预计2029年建成。", "ELT", EntityType.PRODUCT),
        ("“牛顿探针”卫星由多家单位联合研制。", "牛顿探针", EntityType.PRODUCT),
        ("卫星搭乘长征三号乙运载火箭升空。", "长征三号乙", EntityType.PRODUCT),
        ("德国马克斯·普朗克天体物理研究所的科学家参与研究。", "马克斯·普朗克天体物理研究所", EntityType.ORGANIZATION),
        ("美国哈佛大学史密森天体物理中心的研究员参与观测。", "哈佛大学史密森天体物理中心", EntityType.ORGANIZATION),
        ("该县位于云南省怒江傈僳族自治州北部。", "怒江傈僳族自治州", EntityType.PLACE),
        ("该县位于云南省怒江傈僳族自治州北部。", "云南省", EntityType.PLACE),
        ("首席科学家张为群表示，结果令人振奋。", "张为群", EntityType.PERSON),
        ("病人被送往荃湾的天主教仁爱医院治疗。", "天主教仁爱医院", EntityType.ORGANIZATION),
        ("日本进口商北陆精机株式会社签约。", "北陆精机株式会社", EntityType.ORGANIZATION),
        ("该片曾入围柏林影展主竞赛单元。", "柏林影展", EntityType.EVENT),
        ("中央第二生态环境保护督察组昨日进驻。", "中央第二生态环境保护督察组", EntityType.ORGANIZATION),
        ("法国前总理让-马克·艾罗出席论坛。", "让-马克·艾罗", EntityType.PERSON),
        ("亚美尼亚经济和一体化部负责人出席。", "亚美尼亚经济和一体化部", EntityType.ORGANIZATION),
        ("货物从郑州国际港务区发出。", "郑州国际港务区", EntityType.PLACE),
        ("选手沿着东湖绿道跑向终点。", "东湖绿道", EntityType.PLACE),
        ("该市曾举办成都大运会。", "成都大运会", EntityType.EVENT),
        ("他们希望加入世界马拉松大满贯。", "世界马拉松大满贯", EntityType.EVENT),
        ("由承建商宏基建筑工程有限公司负责。", "宏基建筑工程有限公司", EntityType.ORGANIZATION),
        ("台9线和仁至大清水路段坍方。", "大清水", EntityType.PLACE),
        ("消防局会同国军花东防卫指挥部救灾。", "国军花东防卫指挥部", EntityType.ORGANIZATION),
        ("美国在台协会高雄事务所发表声明。", "美国在台协会高雄事务所", EntityType.ORGANIZATION),
        ("旅客可改搭区间车至宜兰新站。", "宜兰新站", EntityType.PLACE),
        ("他在中山堂主持颁奖典礼。", "中山堂", EntityType.PLACE),
        ("该县副县长李春江说。", "李春江", EntityType.PERSON),
        ("苏丹外长马哈穆德·阿里·优素福出席会议。", "马哈穆德·阿里·优素福", EntityType.PERSON),
        ("车辆经上海港海通国际汽车码头出口。", "海通国际汽车码头", EntityType.PLACE),
        ("由中国土木工程集团有限公司承建。", "中国土木工程集团有限公司", EntityType.ORGANIZATION),
        ("核数师嘉信会计师事务所拒绝评论。", "嘉信会计师事务所", EntityType.ORGANIZATION),
        ("研究生来自德国马克斯·普朗克固体研究所（马普所）。", "马普所", EntityType.ORGANIZATION),
        ("新线连接落马洲支线和紫金港校区。", "落马洲支线", EntityType.PLACE),
        ("新屋苑位于元朗河畔。", "元朗河", EntityType.PLACE),
        ("展览在莱茵河畔的旧仓库举行。", "莱茵河", EntityType.PLACE),
        ("长江三角洲的制造业回暖。", "长江三角洲", EntityType.PLACE),
        ("公司总部位于福田区梅林街道。", "梅林街道", EntityType.PLACE),
        ("公司总部位于福田区梅林街道。", "福田区", EntityType.PLACE),
        ("台电计划重启马鞍山发电厂及核三厂。", "马鞍山发电厂", EntityType.PLACE),
        ("管道起点是卡尚甘气田。", "卡尚甘气田", EntityType.PLACE),
        ("航班从龙华区海口美兰国际机场起飞。", "海口美兰国际机场", EntityType.PLACE),
        ("航班从龙华区海口美兰国际机场起飞。", "龙华区", EntityType.PLACE),
        ("邮轮停靠吴淞口国际邮轮母港。", "吴淞口国际邮轮母港", EntityType.PLACE),
        ("渡轮由上环港澳码头往九龙中国客运码头。", "港澳码头", EntityType.PLACE),
        ("旅客可在氹仔金光大道下车。", "金光大道", EntityType.PLACE),
        ("星河数据科技有限公司（StarRiver，下称“星河”）宣布融资。星河正与银行洽谈。", "星河", EntityType.ORGANIZATION),
        ("本赛季中超收官战，上海申花客场对阵北京国安，申花主帅说国安防守稳固。", "国安", EntityType.ORGANIZATION),
        ("本赛季中超收官战，上海申花客场对阵北京国安，申花主帅说国安防守稳固。", "北京国安", EntityType.ORGANIZATION),
        ("阿根廷前锋莱昂纳多梅开二度。", "莱昂纳多", EntityType.PERSON),
        ("合作社引进小麦品种“济麦22”和“中麦578”。", "中麦578", EntityType.PRODUCT),
        ("与老品种郑单958相比，产量更高。", "郑单958", EntityType.PRODUCT),
        ("订购3台徐工机械股份有限公司的起重机。", "徐工机械股份有限公司", EntityType.ORGANIZATION),
        ("收割由新乡县丰田农机专业合作社负责。", "新乡县丰田农机专业合作社", EntityType.ORGANIZATION),
        ("连假期间台铁加开自强号和莒光号列车。", "莒光号", EntityType.PRODUCT),
        ("学生将到俄亥俄州哥伦布（Columbus）交流。", "哥伦布", EntityType.PLACE),
        ("经济部教育部联合宣布补助方案。", "教育部", EntityType.ORGANIZATION),
        ("总统府紧急约见台电公司高层。", "台电公司", EntityType.ORGANIZATION),
        ("香港海员工会今天发表声明。", "香港海员工会", EntityType.ORGANIZATION),
        ("公司引进抗癌药泰瑞沙（Tagrisso）的生产线。", "泰瑞沙", EntityType.PRODUCT),
        ("研究团队利用谷歌（Google）的算力训练模型。", "谷歌", EntityType.ORGANIZATION),
        ("光明区和坪山区新增两所学校。", "坪山区", EntityType.PLACE),
        ("国防部派遣陆军第十军团协助清理。", "陆军第十军团", EntityType.ORGANIZATION),
        ("博物馆策展人玛丽·杜邦介绍展品。", "玛丽·杜邦", EntityType.PERSON),
        ("游客参观龙门石窟第20窟的佛像。", "龙门石窟第20窟", EntityType.PLACE),
        ("新工厂选址广州天河及东莞虎门。", "虎门", EntityType.PLACE),
        ("新工厂选址佛山顺德。", "顺德", EntityType.PLACE),
        ("京津冀长江三角洲联动。", "长江三角洲", EntityType.PLACE),
        ("车辆塞在干诺道西及林士街天桥。", "干诺道西", EntityType.PLACE),
        ("车辆塞在干诺道西及林士街天桥。", "林士街天桥", EntityType.PLACE),
        ("旅客可在市议会站转乘捷运绿线。", "市议会站", EntityType.PLACE),
        ("旅客可在市议会站转乘捷运绿线。", "捷运绿线", EntityType.PLACE),
        ("海关检查后，“蓝梦之星号”启航。", "蓝梦之星号", EntityType.PRODUCT),
        ("上海海关所属外高桥港区海关查获走私。", "上海海关", EntityType.ORGANIZATION),
        ("部长在圣保罗州坎皮纳斯市出席活动。", "坎皮纳斯市", EntityType.PLACE),
        ("推进南北铁路（Ferronorte）建设。", "南北铁路", EntityType.PLACE),
        ("他出席阿根廷国际农业技术展（Agroactiva）。", "阿根廷国际农业技术展", EntityType.EVENT),
        ("美国食品药物管理局（FDA）批准上市。", "美国食品药物管理局", EntityType.ORGANIZATION),
        ("东方航空（China Eastern）增开航班。", "东方航空", EntityType.ORGANIZATION),
        ("高铁将延伸至中爪哇省三宝垄。", "中爪哇省", EntityType.PLACE),
        ("新线设卡拉旺、帕达拉朗两座车站。", "帕达拉朗", EntityType.PLACE),
        ("马士基与长荣船务签署协议，群益投顾分析师表示。", "长荣船务", EntityType.ORGANIZATION),
        ("马士基与长荣船务签署协议，群益投顾分析师表示。", "群益投顾", EntityType.ORGANIZATION),
        ("外交大臣索帕、马来西亚副总理阿卜杜拉先后致辞。", "马来西亚", EntityType.PLACE),
        ("项目地处库布其沙漠北缘。", "库布其沙漠", EntityType.PLACE),
        ("他住在浅水湾南湾道。", "南湾道", EntityType.PLACE),
        ("黄河经济带和长江经济带协同发展。", "黄河经济带", EntityType.PLACE),
        ("本季效力福冈软银鹰的投手回到季后赛。", "福冈软银鹰", EntityType.ORGANIZATION),
        ("台湾对东协出口增加。", "东协", EntityType.ORGANIZATION),
        ("粤剧由花旦梁素琴和文武生陈国邦合演。", "梁素琴", EntityType.PERSON),
        ("旅客经深圳公路口岸出境，到横琴星港购物中心消费。", "深圳公路口岸", EntityType.PLACE),
        ("旅客经深圳公路口岸出境，到横琴星港购物中心消费。", "横琴星港购物中心", EntityType.PLACE),
        ("聂清扬说，志文记载清楚。", "聂清扬", EntityType.PERSON),
        ("教授聂清扬团队释读墓志。", "聂清扬", EntityType.PERSON),
        ("经济部长邱正和则说，台电已完成盘点。", "邱正和", EntityType.PERSON),
        ("款项将用于兴建匈牙利德布勒森（Debrecen）第二期工厂。", "德布勒森", EntityType.PLACE),
        ("线路从北哈萨克斯坦州的产粮区出发。", "北哈萨克斯坦州", EntityType.PLACE),
        ("交通部长达尼亚尔·托克塔罗夫说，将新增车辆。", "达尼亚尔·托克塔罗夫", EntityType.PERSON),
        ("班列经多斯特克—阿拉山口入境。", "多斯特克", EntityType.PLACE),
        ("普京—特朗普会晤在即。", "特朗普", EntityType.PERSON),
        ("展馆内，优必选科技（UBTECH）展示了机器人。", "优必选科技", EntityType.ORGANIZATION),
        ("公司旗舰「天穹」（SkyVault）电池系列已供货。", "天穹", EntityType.PRODUCT),
        ("明年开通经甘肃兰州至连云港的线路。", "兰州", EntityType.PLACE),
        ("投资者包括中东主权基金科威特投资局。", "科威特投资局", EntityType.ORGANIZATION),
        ("该墓与乾县乾陵相近。", "乾县", EntityType.PLACE),
        ("核三厂距离恒春断层仅数公里。", "恒春断层", EntityType.PLACE),
        ("习近平出席亚太经合组织领导人非正式会议。", "亚太经合组织领导人非正式会议", EntityType.EVENT),
        ("中华队将参加世界棒球经典赛（WBC）资格赛。", "世界棒球经典赛", EntityType.EVENT),
        ("第三届中国（新疆）棉花产业博览会将举行。", "中国（新疆）棉花产业博览会", EntityType.EVENT),
        ("台积电CoWoS先进封装产能吃紧。", "CoWoS", EntityType.PRODUCT),
        ("游客可参观虎尾糖厂。", "虎尾糖厂", EntityType.PLACE),
        ("渤海星辰邮轮将开通航线。", "渤海星辰邮轮", EntityType.ORGANIZATION),
        ("受伤的行山客区镜辉今早出院。", "区镜辉", EntityType.PERSON),
        ("欧盟委员会贸易和经济安全委员谢夫乔维奇举行会谈。", "谢夫乔维奇", EntityType.PERSON),
        ("乌兹别克斯坦总统米尔济约耶夫出席。", "米尔济约耶夫", EntityType.PERSON),
        ("比赛在台中洲际棒球场举行。", "台中洲际棒球场", EntityType.PLACE),
        ("项目包括标志塔（Iconic Tower）。", "标志塔", EntityType.PLACE),
        ("货物经艾因苏赫纳港（Ain Sokhna）运往苏伊士运河经济区（SCZone）。", "艾因苏赫纳港", EntityType.PLACE),
        ("货物经艾因苏赫纳港（Ain Sokhna）运往苏伊士运河经济区（SCZone）。", "苏伊士运河经济区", EntityType.PLACE),
        ("红杉资本（Sequoia Capital）领投。", "Sequoia Capital", EntityType.ORGANIZATION),
        ("韩国三星物产（Samsung C&T）承建。", "Samsung C&T", EntityType.ORGANIZATION),
        ("福建高院已协调厦门中院发还财产。", "厦门中院", EntityType.ORGANIZATION),
        ("来自鹤岗市的被告人王海东在国内组织团伙。", "王海东", EntityType.PERSON),
        ("桃园国际机场第三航厦（T3）启用。", "桃园国际机场第三航厦", EntityType.PLACE),
        ("政府将扩阔粉锦公路，北区区议会反对。", "粉锦公路", EntityType.PLACE),
        ("政府将扩阔粉锦公路，北区区议会反对。", "北区区议会", EntityType.ORGANIZATION),
        ("深中通道车流量大增。", "深中通道", EntityType.PLACE),
        ("温家宝会见来访的芬兰农林部长卡莱维·海米莱。", "芬兰农林部", EntityType.ORGANIZATION),
        ("韩国产业通商资源部长说，出口回升。", "韩国产业通商资源部", EntityType.ORGANIZATION),
        ("拟增设观众席及商场，由得标的鸿升营造股份有限公司承作。", "鸿升营造股份有限公司", EntityType.ORGANIZATION),
        ("及荷兰新媒体艺术家范德林登（Sanne van der Linden）创作回应作品。", "Sanne van der Linden", EntityType.PERSON),
        ("本地企业楚天智算科技有限公司在论坛上发布大模型。", "楚天智算科技有限公司", EntityType.ORGANIZATION),
        ("委托卓衡测量师行估值，由信衡拍卖行主持。", "卓衡测量师行", EntityType.ORGANIZATION),
        ("委托卓衡测量师行估值，由信衡拍卖行主持。", "信衡拍卖行", EntityType.ORGANIZATION),
        ("发展商鹏翔置地投得地皮，宏岳营造承建。", "鹏翔置地", EntityType.ORGANIZATION),
        ("发展商鹏翔置地投得地皮，宏岳营造承建。", "宏岳营造", EntityType.ORGANIZATION),
        ("九州国立博物馆馆长小野寺健一透过影片祝贺。", "小野寺健一", EntityType.PERSON),
        ("据人民网报道，饿了么推出新服务。", "饿了么", EntityType.ORGANIZATION),
        ("该片由公共电视与日本放送协会（NHK）合拍。", "日本放送协会", EntityType.ORGANIZATION),
        ("台北金马影展执行委员会（金马执委会）主席李安亲自颁发。", "台北金马影展执行委员会", EntityType.ORGANIZATION),
        ("西宁本地企业雪域星途国际旅行社（雪域星途）总经理韩晓峰说。", "雪域星途国际旅行社", EntityType.ORGANIZATION),
        ("总部位于宝安区的深圳恒运达物流有限公司（恒运达物流）去年建成分拨中心。", "深圳恒运达物流有限公司", EntityType.ORGANIZATION),
        ("警务处交通总部总警司禤惠仪表示，封路安排顺利。", "警务处交通总部", EntityType.ORGANIZATION),
        ("警务处交通总部总警司禤惠仪表示，封路安排顺利。", "禤惠仪", EntityType.PERSON),
        ("园区将开放全新景点「北极星冰域馆」，馆内饲养企鹅。", "北极星冰域馆", EntityType.PLACE),
        ("海洋公园公司主席在记者会上透露入场人次。", "海洋公园公司", EntityType.ORGANIZATION),
        ("经宁波舟山港海运至迪拜的杰贝阿里港最快18天。", "杰贝阿里港", EntityType.PLACE),
        ("急单则交由香港合作伙伴恒翼货运经香港国际机场空运。", "恒翼货运", EntityType.ORGANIZATION),
        ("义乌市商务局已与迪拜工商会签署合作备忘录。", "迪拜工商会", EntityType.ORGANIZATION),
        ("经营玩具的楼建军则说，他自主设计的遥控车颇受欢迎。", "楼建军", EntityType.PERSON),
        ("由中铁八局承建的沱江特大桥已完成封顶。", "中铁八局", EntityType.ORGANIZATION),
        ("中铁十一局和中建三局集团有限公司参建。", "中建三局集团有限公司", EntityType.ORGANIZATION),
        ("龙泉山一号隧道位于成都东部新区与龙泉驿区交界处。", "龙泉山一号隧道", EntityType.PLACE),
        ("乘客在中环五号码头登船。", "中环五号码头", EntityType.PLACE),
        ("她毕业于肯尼亚铁路培训学院，并曾在北京交通大学进修。", "肯尼亚铁路培训学院", EntityType.ORGANIZATION),
        ("计划将铁路从奈瓦沙延伸至乌干达边境城市马拉巴。", "奈瓦沙", EntityType.PLACE),
        ("计划将铁路从奈瓦沙延伸至乌干达边境城市马拉巴。", "马拉巴", EntityType.PLACE),
        ("肯尼亚铁路公司负责运营。", "肯尼亚铁路公司", EntityType.ORGANIZATION),
        ("与安平古堡（热兰遮城）一同见证历史。", "安平古堡", EntityType.PLACE),
        ("与安平古堡（热兰遮城）一同见证历史。", "热兰遮城", EntityType.PLACE),
        ("赤崁楼前身为荷兰人兴建的普罗民遮城（Provintia）。", "普罗民遮城", EntityType.PLACE),
        ("外交部拉丁美洲及加勒比海司（拉美司）司长陈志铭说明。", "外交部拉丁美洲及加勒比海司", EntityType.ORGANIZATION),
        ("光宝科技将在近郊的卢克市（Luque）扩建产线。", "Luque", EntityType.PLACE),
        ("见证电子零件厂永硕电子与巴拉圭工商部签约。", "永硕电子", EntityType.ORGANIZATION),
        ("纺织业者宏瀚纺织则计划明年招募。", "宏瀚纺织", EntityType.ORGANIZATION),
        ("启明创投和北京市人工智能产业投资基金跟投。", "启明创投", EntityType.ORGANIZATION),
        ("老股东玄岳资本继续追加。", "玄岳资本", EntityType.ORGANIZATION),
        ("位于中关村软件园的灵枢智能日前宣布完成融资。", "灵枢智能", EntityType.ORGANIZATION),
        ("与阿穆尔州首府布拉戈维申斯克（海兰泡）隔江相望。", "布拉戈维申斯克", EntityType.PLACE),
        ("与阿穆尔州首府布拉戈维申斯克（海兰泡）隔江相望。", "海兰泡", EntityType.PLACE),
        ("再转运至哈巴罗夫斯克、符拉迪沃斯托克等地。", "哈巴罗夫斯克", EntityType.PLACE),
        ("新华社拉萨7月15日电（记者次仁卓玛、周立新）进入暑期。", "次仁卓玛", EntityType.PERSON),
        ("途经可可西里、唐古拉山口的列车。", "唐古拉山口", EntityType.PLACE),
        ("赛事前后黄泥涌道、礼顿道及摩利臣山道将实施临时交通管制。", "黄泥涌道", EntityType.PLACE),
        ("赛事前后黄泥涌道、礼顿道及摩利臣山道将实施临时交通管制。", "摩利臣山道", EntityType.PLACE),
        ("来自爱尔兰的新人奥康纳（Seamus O'Connor）则赢得一场。", "Seamus O'Connor", EntityType.PERSON),
        ("印尼国有企业部副部长里扎尔表示。", "印尼国有企业部", EntityType.ORGANIZATION),
        ("阿根廷航空公司正在商讨开辟直通航线。", "阿根廷航空公司", EntityType.ORGANIZATION),
        ("该产品荣获郑州市技术监督局颁发的证书。", "郑州市技术监督局", EntityType.ORGANIZATION),
        ("去年贸易额已突破410亿美元。米尔济约耶夫说，乌方愿深化合作。", "米尔济约耶夫", EntityType.PERSON),
        ("旅客可在三亚凤凰岛国际邮轮港登船。", "三亚凤凰岛国际邮轮港", EntityType.PLACE),
        ("填海范围邻近喜灵洲及坪洲。", "喜灵洲", EntityType.PLACE),
        ("雄安新区党工委书记张国华说。", "雄安新区党工委", EntityType.ORGANIZATION),
        ("西安国际港务区管委会主任崔建军介绍。", "西安国际港务区管委会", EntityType.ORGANIZATION),
        ("北京市第四中学雄安校区已开学。", "北京市第四中学雄安校区", EntityType.ORGANIZATION),
        ("首都医科大学宣武医院雄安院区已开诊。", "首都医科大学宣武医院雄安院区", EntityType.ORGANIZATION),
        ("本地企业琼岛优选免税有限公司董事长吴海燕说。", "琼岛优选免税有限公司", EntityType.ORGANIZATION),
        ("海口海关关长林志宏介绍。", "林志宏", EntityType.PERSON),
        ("峰会决定成立上合组织开发银行。", "上合组织开发银行", EntityType.ORGANIZATION),
        ("新加入的医院包括佛山市第一人民医院。", "佛山市第一人民医院", EntityType.ORGANIZATION),
        ("去年加入的南方医科大学珠江医院。", "南方医科大学珠江医院", EntityType.ORGANIZATION),
        ("芳苑乡王功渔港一带渔民反映。", "王功渔港", EntityType.PLACE),
        ("推动海鸥离岸风场。", "海鸥离岸风场", EntityType.PLACE),
        ("彰化区渔会理事长黄金水指出。", "彰化区渔会", EntityType.ORGANIZATION),
        ("丹麦商沃旭能源（Ørsted）开发的风场。", "沃旭能源", EntityType.ORGANIZATION),
        ("罗浮宫借出的路易十五时期挂毯。", "路易十五", EntityType.PERSON),
        ("向纽约现代艺术博物馆（MoMA）借来。", "纽约现代艺术博物馆", EntityType.ORGANIZATION),
        ("及东京国立近代美术馆借来。", "东京国立近代美术馆", EntityType.ORGANIZATION),
        ("不少人参观了中新天津生态城。", "中新天津生态城", EntityType.PLACE),
        ("本地企业松阳县茶香里农旅开发有限公司（以下简称“茶香里”）合作。", "松阳县茶香里农旅开发有限公司", EntityType.ORGANIZATION),
        ("云南省普洱市澜沧拉祜族自治县惠民镇芒景村的茶农说。", "芒景村", EntityType.PLACE),
        ("云南省普洱市澜沧拉祜族自治县惠民镇芒景村的茶农说。", "惠民镇", EntityType.PLACE),
        ("南区区议会议员黄采琳说。", "南区区议会", EntityType.ORGANIZATION),
        ("老牌企业勐海茶厂旗下品牌。", "勐海茶厂", EntityType.ORGANIZATION),
        ("源自安溪的八马茶业等龙头企业。", "八马茶业", EntityType.ORGANIZATION),
        ("花莲县长徐榛蔚到光复乡马太鞍溪视察。", "马太鞍溪", EntityType.PLACE),
        ("搭乘长征二号F遥二十三运载火箭发射。", "长征二号F遥二十三运载火箭", EntityType.PRODUCT),
        ("上汽安吉物流总经理周立新说。", "上汽安吉物流", EntityType.ORGANIZATION),
        ("设备商弘塑科技已租下仓库。", "弘塑科技", EntityType.ORGANIZATION),
        ("由新创封测业者芯堡科技（Corebay Technology）兴建。", "芯堡科技", EntityType.ORGANIZATION),
        ("大连重工和上海电气表示。", "大连重工", EntityType.ORGANIZATION),
        ("新加坡龙舟协会队长陈俊杰则透露。", "新加坡龙舟协会", EntityType.ORGANIZATION),
        ("启康病友会主席说。", "启康病友会", EntityType.ORGANIZATION),
        ("香港餐饮联业协会会长黄家和估计，成本将增加。", "黄家和", EntityType.PERSON),
        ("坐顺丰航空的波音747全货机从成都起飞。", "波音747", EntityType.PRODUCT),
        ("离岛免税方面，中国旅游集团中免股份有限公司副总经理许建华表示。", "中国旅游集团中免股份有限公司", EntityType.ORGANIZATION),
        ("光谷软件园、光谷生物城等园区也在论坛期间亮相。", "光谷生物城", EntityType.PLACE),
        ("他们在妙瓦底的“鑫盛园区”内设立诈骗窝点。", "鑫盛园区", EntityType.PLACE),
        ("并加购6架波音787-10客机。", "波音787-10", EntityType.PRODUCT),
        ("比赛中，新加坡龙舟协会队长陈俊杰则透露。", "新加坡龙舟协会", EntityType.ORGANIZATION),
        ("中央气象署预报员黄家俊提醒民众。", "黄家俊", EntityType.PERSON),
        ("陆续在湖畔的石板寨村一带扩建选矿厂。", "石板寨村", EntityType.PLACE),
        ("南岗村与邻近的勐坎村联合成立合作社。", "勐坎村", EntityType.PLACE),
        ("并将配套建设通往京唐港的专用铁路线。", "京唐港", EntityType.PLACE),
        ("期待中国企业参与黑角港深水泊位扩建。", "黑角港", EntityType.PLACE),
        ("台铁北回线和仁站至崇德站间暂停行驶。", "崇德站", EntityType.PLACE),
        ("港铁会展站及湾仔站一带人流增加。", "会展站", EntityType.PLACE),
        ("翠峰远足会主席莫慧玲表示。", "翠峰远足会", EntityType.ORGANIZATION),
        ("位于科学园区的晶片设计公司晶耀科技董事长方柏森说。", "晶耀科技", EntityType.ORGANIZATION),
        ("西班牙驻华大使馆文化参赞表示。", "西班牙驻华大使馆", EntityType.ORGANIZATION),
        ("富蕴县的可可托海国际滑雪场推出联票。", "可可托海国际滑雪场", EntityType.PLACE),
        ("以中国贵州茅台酒厂（集团）有限责任公司为龙头。", "中国贵州茅台酒厂（集团）有限责任公司", EntityType.ORGANIZATION),
        ("强烈台风桦加沙今天凌晨登陆。台风登陆广东。", "广东", EntityType.PLACE),
        ("澳门商业登记处与海事处辖下的香港船舶注册处合作。", "香港船舶注册处", EntityType.ORGANIZATION),
        ("屏东县农业处与屏东县观光处合办市集。", "屏东县观光处", EntityType.ORGANIZATION),
        ("交通部路政司及香港渔农港口局则表示欢迎。", "香港渔农港口局", EntityType.ORGANIZATION),
        ("在中坜经营米苔目的「阿娥米食坊」老板娘林秀兰说。", "阿娥米食坊", EntityType.ORGANIZATION),
        ("经营豆花老店「福伯豆花」的第二代老板说。", "福伯豆花", EntityType.ORGANIZATION),
        ("本地货代泓远船务董事总经理郑家明说。", "泓远船务", EntityType.ORGANIZATION),
        ("新创公司澜声音频科技创办人陈以宁说。", "澜声音频科技", EntityType.ORGANIZATION),
        ("成功大学与静宜大学联合招生。", "静宜大学", EntityType.ORGANIZATION),
        ("隧道由日本的熊谷组（Kumagai Gumi）承建。", "熊谷组", EntityType.ORGANIZATION),
        ("香港浸会大学地理及环境学系教授说。", "香港浸会大学地理及环境学系", EntityType.ORGANIZATION),
        ("景德镇陶瓷大学的学生到场。", "景德镇陶瓷大学", EntityType.ORGANIZATION),
        ("泰国公共卫生与社会发展部官员表示。", "泰国公共卫生与社会发展部", EntityType.ORGANIZATION),
        ("台中捷运绿线延伸段将动工。", "台中捷运绿线", EntityType.PLACE),
        ("考古队在石头河南岸发现窑址。", "石头河", EntityType.PLACE),
        ("张家湾村村民说。", "张家湾村", EntityType.PLACE),
        ("老挝副总理宋赛·西潘敦那表示。", "宋赛·西潘敦那", EntityType.PERSON),
        ("她就读于巴查查兰大学。", "巴查查兰大学", EntityType.ORGANIZATION),
        ("法国巴黎卢浮宫博物馆借出展品。", "卢浮宫博物馆", EntityType.ORGANIZATION),
        ("三星堆博物馆新馆开放。", "三星堆博物馆", EntityType.ORGANIZATION),
        ("屯门海水化淡厂二期动工。", "屯门海水化淡厂", EntityType.PLACE),
        ("走进广东省佛山市岭南天地文创街区。", "岭南天地文创街区", EntityType.PLACE),
        ("班列经磨憨口岸出境。", "磨憨口岸", EntityType.PLACE),
        ("第二十届哈尔滨国际啤酒节昨晚开幕。", "哈尔滨国际啤酒节", EntityType.EVENT),
        ("他出席了第46届世界遗产大会。", "世界遗产大会", EntityType.EVENT),
        ("伯希和、斯坦因等人先后来到这里。", "伯希和", EntityType.PERSON),
        ("意大利威尼斯所在的帕多瓦等城市代表出席。", "帕多瓦", EntityType.PLACE),
        ("富士急行社长佐藤龙太郎本周访台。", "佐藤龙太郎", EntityType.PERSON),
        ("公司推出新品“山海传说·青瓷”。", "山海传说·青瓷", EntityType.PRODUCT),
        ("村民手机上的“虎迹”预警平台会提前通知。", "虎迹", EntityType.PRODUCT),
        ("中国科学院南京地理与湖泊研究所研究员说。", "中国科学院南京地理与湖泊研究所", EntityType.ORGANIZATION),
        ("依托国家林业和草原局大熊猫研究中心开展合作。", "国家林业和草原局大熊猫研究中心", EntityType.ORGANIZATION),
        ("黄山风景区管理局副局长表示。", "黄山风景区管理局", EntityType.ORGANIZATION),
        ("由韩国烟火商韩华烟火株式会社施放。", "韩华烟火株式会社", EntityType.ORGANIZATION),
        ("在铜锣湾的女人街（Ladies' Market）购物。", "女人街", EntityType.PLACE),
        ("台南市政府观光局长说。", "台南市政府观光局", EntityType.ORGANIZATION),
        ("欢迎港人驾车到前海及蛇口消费。", "蛇口", EntityType.PLACE),
        ("油麻地渔民权益关注组主席说。", "油麻地渔民权益关注组", EntityType.ORGANIZATION),
        ("香港中文大学地理系讲师陈志明分析。", "陈志明", EntityType.PERSON),
        ("中国工程院院士钟南山表示。", "钟南山", EntityType.PERSON),
        ("游客最爱开平碉楼。", "开平碉楼", EntityType.PLACE),
        ("（记者 周雨桐、和志远）记者从省农业厅获悉", "和志远", EntityType.PERSON),
        ("（记者 王海 乌兰其其格）初秋时节", "乌兰其其格", EntityType.PERSON),
        ("湖南日报讯（记者陈思远 通讯员李慧）5月11日", "李慧", EntityType.PERSON),
        ("赛事在海湾赛道（Bayfront Circuit）举行。", "Bayfront Circuit", EntityType.PLACE),
        ("白鹤滩水电站今年发电量创新高。", "白鹤滩水电站", EntityType.PLACE),
        ("内蒙古把库布其、毛乌素两大沙漠列为治理重点。", "毛乌素", EntityType.PLACE),
        ("初创企业恒芯激光创始人王涛说。", "恒芯激光", EntityType.ORGANIZATION),
        ("花博在外埔园区同步开幕。", "外埔园区", EntityType.PLACE),
        ("交船典礼在小港区港兴三路厂区举行。", "小港区", EntityType.PLACE),
        ("世博会期间，老店还曾在中国馆设摊。", "中国馆", EntityType.PLACE),
        ("游客站在黄鹤楼上远眺长江。", "黄鹤楼", EntityType.PLACE),
        ("位于胶州湾畔前湾港区的码头。", "前湾港区", EntityType.PLACE),
        ("在洱海西岸的湾桥镇，村民组建了护湖队。", "湾桥镇", EntityType.PLACE),
        ("附近的喜洲镇也组建了队伍。", "喜洲镇", EntityType.PLACE),
        ("地质公园分为西贡火山岩园区及东北沉积岩园区。", "西贡火山岩园区", EntityType.PLACE),
        ("中银国际分析师李明认为，股价回稳。", "中银国际", EntityType.ORGANIZATION),
        ("典礼开始。文化局局长梁惠敏致辞。", "文化局", EntityType.ORGANIZATION),
        ("在港交所上市的华润燃气共同投资。", "华润燃气", EntityType.ORGANIZATION),
        ("秦始皇陵北依骊山。", "秦始皇陵", EntityType.PLACE),
        ("（记者 古丽扎尔·阿不都热依木、刘洋）进入暑期", "古丽扎尔·阿不都热依木", EntityType.PERSON),
        ("总经理努尔兰·阿不都介绍，今年公司推出新线路。", "努尔兰·阿不都", EntityType.PERSON),
        ("下游的丹巴水电站和溪洛渡水电站相继投产。", "溪洛渡水电站", EntityType.PLACE),
        ("向家坝水电站累计发电量再创新高。", "向家坝水电站", EntityType.PLACE),
        ("游客在太阳岛上观赏冰雕。", "太阳岛", EntityType.PLACE),
        ("兰州城关区张掖路上的老店排起长队。", "张掖路", EntityType.PLACE),
        ("专列串联哈尔滨西站与亚布力、雪乡等景区。", "雪乡", EntityType.PLACE),
        ("专列串联哈尔滨西站与亚布力、雪乡等景区。", "亚布力", EntityType.PLACE),
        ("研究中心主任何美琪表示，项目进展顺利。", "何美琪", EntityType.PERSON),
        ("本地运营商椰岛优选免税有限公司上周开出新店。", "椰岛优选免税有限公司", EntityType.ORGANIZATION),
        ("旅客可乘坐宁波轮渡有限公司的航班。", "宁波轮渡有限公司", EntityType.ORGANIZATION),
        ("台中市蔬果产销协会理事长说。", "台中市蔬果产销协会", EntityType.ORGANIZATION),
        ("船舶沿西江水系的郁江而下。", "郁江", EntityType.PLACE),
        ("陆家嘴论坛今日开幕。", "陆家嘴", EntityType.PLACE),
        ("在以铜器闻名的库木代尔瓦扎路，铜匠正在敲打。", "库木代尔瓦扎路", EntityType.PLACE),
        ("赛事推高路氹一带酒店的入住率。", "路氹", EntityType.PLACE),
        ("并与广东省中医院合作。", "广东省中医院", EntityType.ORGANIZATION),
        ("游客沿着黄家界的步道上山。", "黄家界", EntityType.PLACE),
        ("记者来到赵家坪，村民正在晒谷。", "赵家坪", EntityType.PLACE),
        ("本地企业塔格矿业也在加快布局。", "塔格矿业", EntityType.ORGANIZATION),
        ("江西铜业和洛阳钼业同日公告。", "洛阳钼业", EntityType.ORGANIZATION),
        ("土地所有人华垦实业同意出租。", "华垦实业", EntityType.ORGANIZATION),
        ("台湾高铁与台中客运合作推出接驳车。", "台中客运", EntityType.ORGANIZATION),
        ("工程由中交第二航务工程局承建。", "中交第二航务工程局", EntityType.ORGANIZATION),
        ("政府计划扩建大埔红树林保护区。", "大埔红树林保护区", EntityType.PLACE),
        ("灯区沿著七星巷、福德街一路延伸。", "七星巷", EntityType.PLACE),
        ("灯区沿著七星巷、福德街一路延伸。", "福德街", EntityType.PLACE),
        ("直至港铁坑口站通车，生意才回升。", "坑口站", EntityType.PLACE),
        ("团友参观了洪圣古庙。", "洪圣古庙", EntityType.PLACE),
        ("乘客可在石硖尾邨道巴士站下车。", "石硖尾邨道", EntityType.PLACE),
        ("吉利的“星越L”“博越”销量最好。", "星越L", EntityType.PRODUCT),
        ("吉利的“星越L”“博越”销量最好。", "博越", EntityType.PRODUCT),
        ("该公司与日本住友物产签署协议。", "住友物产", EntityType.ORGANIZATION),
        ("考察团从日本长野县上松町出发。", "上松町", EntityType.PLACE),
        ("这条公路西起松山新区中山大道。", "中山大道", EntityType.PLACE),
        ("小组在北台吉乃尔湖试产成功，回收率提高。", "北台吉乃尔湖", EntityType.PLACE),
        ("货物可通过国家粮储集团的仓库中转。", "国家粮储集团", EntityType.ORGANIZATION),
        ("台北旅客包机直飞婺源。", "婺源", EntityType.PLACE),
        ("县府把每年的「新埔柿饼节」扩大举办。", "新埔柿饼节", EntityType.EVENT),
        ("岳阳市消防救援支队派出队员。", "岳阳市消防救援支队", EntityType.ORGANIZATION),
        ("警方联合民间组织曙光救援队搜山。", "曙光救援队", EntityType.ORGANIZATION),
        ("他说，尼亚萨加省的道路受损。", "尼亚萨加省", EntityType.PLACE),
        ("晚会由在地乐队「海风之歌」演出。", "海风之歌", EntityType.ORGANIZATION),
        ("多数旅客透过旅行社「星辰假期」组团。", "星辰假期", EntityType.ORGANIZATION),
        ("镇上的「大丰商行」由兄弟经营。", "大丰商行", EntityType.ORGANIZATION),
        ("灯光秀点亮天津塔。", "天津塔", EntityType.PLACE),
        ("游客登上东京塔观景。", "东京塔", EntityType.PLACE),
        ("明年，第七届黄龙山翼装飞行世界锦标赛将在这里举行。", "黄龙山翼装飞行世界锦标赛", EntityType.EVENT),
        ("这座石峰后来被命名为“玛雅神山”。", "玛雅神山", EntityType.PLACE),
        ("加拿大航空工业公司表示将扩产。", "加拿大航空工业公司", EntityType.ORGANIZATION),
        ("德国光学企业蔡斯卡（ZEISK）则表示看好市场。", "蔡斯卡", EntityType.ORGANIZATION),
        ("这家企业张伟说了算。", "张伟", EntityType.PERSON),
        ("港铁东涌线欣澳站今日人流增加。", "欣澳站", EntityType.PLACE),
        ("列车从哈尔滨站开出，途经加格达奇，次日抵达漠河。", "加格达奇", EntityType.PLACE),
        ("腾讯把七星数据中心建进了山洞。", "七星数据中心", EntityType.PLACE),
        ("葛洲坝船闸今天恢复通航。", "葛洲坝船闸", EntityType.PLACE),
        ("展览以寄畅园、网师园等园林为主题。", "寄畅园", EntityType.PLACE),
        ("今天重新开放布洛湾游憩区。", "布洛湾游憩区", EntityType.PLACE),
        ("游客在黄大仙祠上香。", "黄大仙祠", EntityType.PLACE),
        ("营业六十年的奇华饼家由第二代经营。", "奇华饼家", EntityType.ORGANIZATION),
        ("老字号荣华饼家推出月饼。", "荣华饼家", EntityType.ORGANIZATION),
        ("货车将经广西友谊关口岸出境。", "友谊关口岸", EntityType.PLACE),
        ("拱北口岸和珠澳口岸客流大增。", "珠澳口岸", EntityType.PLACE),
        ("洋山港区与北仑港区吞吐量上升。", "洋山港区", EntityType.PLACE),
        ("武汉第二钢铁集团有限公司宣布扩产。", "武汉第二钢铁集团有限公司", EntityType.ORGANIZATION),
        ("货车将经广西友谊关口岸出境。", "广西", EntityType.PLACE),
        ("冷链运往上海江桥农产品批发市场等地。", "上海江桥农产品批发市场", EntityType.PLACE),
        ("记者从怒江流域水电开发有限公司获悉。", "怒江流域水电开发有限公司", EntityType.ORGANIZATION),
        ("记者从满洲里海关获悉，进口增长。", "满洲里海关", EntityType.ORGANIZATION),
        ("退休人士刘美华在车站排队。", "刘美华", EntityType.PERSON),
        ("茶餐厅东主黄国强说，生意回升。", "黄国强", EntityType.PERSON),
        ("港队在主场迎战泰国。", "港队", EntityType.ORGANIZATION),
        ("并首度与文化部合作推广。", "文化部", EntityType.ORGANIZATION),
        ("渔船分布在西南印度洋和东北太平洋。", "西南印度洋", EntityType.PLACE),
        ("龙门石窟“数字分身”亮相。", "龙门石窟", EntityType.PLACE),
        ("贵州北环铁路加开列车。", "贵州北环铁路", EntityType.PLACE),
        ("旺角运动场今晚举行比赛。", "旺角运动场", EntityType.PLACE),
        ("由陈大文建筑师事务所设计。", "陈大文建筑师事务所", EntityType.ORGANIZATION),
        ("合肥古称庐州（Luzhou），历史悠久。", "合肥", EntityType.PLACE),
        ("渔民之子陈志强在比赛中夺冠。", "陈志强", EntityType.PERSON),
        ("在调度室里，值班长次仁顿珠说，", "次仁顿珠", EntityType.PERSON),
        ("东湖第二水库蓄水率跌破三成。", "东湖第二水库", EntityType.PLACE),
        ("石门堰与龙溪堰取水量下滑。", "龙溪堰", EntityType.PLACE),
        ("居民回到青云社区。", "青云社区", EntityType.PLACE),
        ("市民到南屏花卉市场选购年花。", "南屏花卉市场", EntityType.PLACE),
        ("榴莲搭乘中老铁路运抵昆明。", "中老铁路", EntityType.PLACE),
        ("上游锦江、大岗山等梯级电站蓄水。", "大岗山", EntityType.PLACE),
        ("新北市警察局永和分局在中正路设卡。", "新北市警察局永和分局", EntityType.ORGANIZATION),
        ("在揭晓的金杯世界咖啡大赛（World Coffee Awards）上，", "金杯世界咖啡大赛", EntityType.EVENT),
        ("将在明年举行的亚洲港口及物流会议（APLC）上推介。", "APLC", EntityType.EVENT),
        ("东海国际商业航天发射有限公司副总经理许志远介绍，", "东海国际商业航天发射有限公司", EntityType.ORGANIZATION),
        ("运营方南岭星河湾文旅发展有限公司董事长梁振邦说，", "南岭星河湾文旅发展有限公司", EntityType.ORGANIZATION),
        ("学校还与中国科学院国家海洋科学中心合作。", "中国科学院国家海洋科学中心", EntityType.ORGANIZATION),
        ("她走进永乐市场二楼买布。", "永乐市场", EntityType.PLACE),
        ("北角街市今天重开。", "北角街市", EntityType.PLACE),
        ("星河湾航天主题乐园开幕。", "星河湾航天主题乐园", EntityType.PLACE),
        ("沪港两地将加强合作。", "沪", EntityType.PLACE),
        ("加上珠江口带来养分，渔获增加。", "珠江口", EntityType.PLACE),
        ("游客参观翟山坑道。", "翟山坑道", EntityType.PLACE),
        ("他在南街经营「青石咖啡」已有十年。", "青石咖啡", EntityType.ORGANIZATION),
        ("前浙江省跳水队队员说，", "浙江省跳水队", EntityType.ORGANIZATION),
        ("到鲁迅故居参观。", "鲁迅故居", EntityType.PLACE),
        ("在马来西亚云顶高原举行。", "云顶高原", EntityType.PLACE),
        ("总经理热合曼·吐尔逊说，", "热合曼·吐尔逊", EntityType.PERSON),
        ("关注填海对大澳湾及大澳河的影响。", "大澳湾", EntityType.PLACE),
        ("白天转往大坵岛看鹿。", "大坵岛", EntityType.PLACE),
        ("调查范围涵盖南湾、后壁湖及核三厂出水口。", "后壁湖", EntityType.PLACE),
        ("醒狮结缘最深的地方当数佛山祖庙。", "佛山祖庙", EntityType.PLACE),
        ("在河街经营「云见茶楼」近二十年的老板说，", "云见茶楼", EntityType.ORGANIZATION),
        ("在中山路经营三代的「老福记饼家」今天开门。", "老福记饼家", EntityType.ORGANIZATION),
        ("运输船“海泰”号正在系泊。", "海泰", EntityType.PRODUCT),
        ("往返台东富冈渔港的交通船。", "富冈渔港", EntityType.PLACE),
        ("国家体育总局冬季运动管理中心在当地设立基地。", "国家体育总局冬季运动管理中心", EntityType.ORGANIZATION),
        ("投资人合伙人唐若溪认为，单靠模型不够。", "唐若溪", EntityType.PERSON),
        ("桃园近郊的慈湖与石门水库都是热门景点。", "慈湖", EntityType.PLACE),
        ("在启东吕四港，船厂加紧赶工。", "吕四港", EntityType.PLACE),
        ("九份背倚基隆山，入夜后灯笼亮起。", "基隆山", EntityType.PLACE),
        ("昂坪市集直通宝莲禅寺。", "宝莲禅寺", EntityType.PLACE),
        ("傣族村民岩罕带记者查看相机。", "岩罕", EntityType.PERSON),
        ("【中央社记者陈韵如台北14日电】立法院", "陈韵如", EntityType.PERSON),
        ("气象署指出，太平山区累积雨量最多。", "太平山", EntityType.PLACE),
        ("地铁宝安线今天开通。", "宝安线", EntityType.PLACE),
        ("在新马路一带上班的文员说，", "新马路", EntityType.PLACE),
        ("沿着上海街和大井街一带漫步。", "大井街", EntityType.PLACE),
        ("家长说，竹东镇的大同国小与光华国中都已额满。", "大同国小", EntityType.ORGANIZATION),
        ("家长说，竹东镇的大同国小与光华国中都已额满。", "光华国中", EntityType.ORGANIZATION),
        ("苗栗县头份市信义里、尚顺里的居民到场抗议。", "尚顺里", EntityType.PLACE),
        ("议员要求工务处加快进度。", "工务处", EntityType.ORGANIZATION),
        ("高雄市政府观光局长李美华出席。", "高雄市政府观光局", EntityType.ORGANIZATION),
        ("合肥至安庆高速公路今日通车。", "合肥至安庆高速公路", EntityType.PLACE),
        ("皖南的游客周末就能到达。", "皖南", EntityType.PLACE),
        ("村民王秀兰家中种了茶树。", "王秀兰", EntityType.PERSON),
        ("死者胞兄陈志明表示，", "陈志明", EntityType.PERSON),
        ("沙田警区重案组探员到场调查。", "沙田警区重案组", EntityType.ORGANIZATION),
        ("新鸿基旗下新盘「海悦湾」周末开售。", "海悦湾", EntityType.PLACE),
        ("美联物业代理研究部主管表示", "美联物业代理", EntityType.ORGANIZATION),
        ("广东省立医院派出医疗队。", "广东省立医院", EntityType.ORGANIZATION),
        ("下半场新北国王连得10分，球迷欢呼。", "新北国王", EntityType.ORGANIZATION),
        ("东岭乡和西岭乡各设一处收费站。", "西岭乡", EntityType.PLACE),
        ("山东鲁华煤业有限公司被罚款。", "山东鲁华煤业有限公司", EntityType.ORGANIZATION),
        ("游客在大堂前地、板樟堂前地拍照。", "板樟堂前地", EntityType.PLACE),
        ("九龙中及东九龙的成交回升。", "东九龙", EntityType.PLACE),
        ("学生合唱团与台南乐团联合演出。", "台南乐团", EntityType.ORGANIZATION),
        ("新修的燕山二号旅游公路今日通车。", "燕山二号旅游公路", EntityType.PLACE),
        ("第十届亚洲冬季运动会今晚开幕。", "亚洲冬季运动会", EntityType.EVENT),
        ("学者将在亚洲神经科学学会年会上报告。", "亚洲神经科学学会年会", EntityType.EVENT),
        ("临江市文化广播电视和旅游局发布通知。", "临江市文化广播电视和旅游局", EntityType.ORGANIZATION),
        ("肯尼亚道路与交通部宣布招标。", "肯尼亚道路与交通部", EntityType.ORGANIZATION),
        ("安图县头道白河镇一带的雪场开门。", "头道白河镇", EntityType.PLACE),
        ("何先生每周往返深港两地。", "深", EntityType.PLACE),
        ("法国船级社已完成检验。", "法国船级社", EntityType.ORGANIZATION),
        ("首阶段服务天悦邨及天恒邨的居民。", "天恒邨", EntityType.PLACE),
        ("古洞北新发展区的首批用地推出。", "古洞北新发展区", EntityType.PLACE),
        ("（中央社记者张雅珊台南9日电）港务公司今天公布", "台南", EntityType.PLACE),
        ("吸纳周边石门镇、青龙坪镇等地农户。", "青龙坪镇", EntityType.PLACE),
        ("澎湖县卫生局长陈文雄表示，", "澎湖县卫生局", EntityType.ORGANIZATION),
        ("嘉义市政府卫生局长陈美惠表示，", "嘉义市政府卫生局", EntityType.ORGANIZATION),
        ("新开放的宜昌商埠文化陈列馆展出文物。", "宜昌商埠文化陈列馆", EntityType.ORGANIZATION),
        ("207国道部分路段实行交通管制。", "207国道", EntityType.PLACE),
        ("洛南县高山镇等地山洪风险较高。", "高山镇", EntityType.PLACE),
        ("卫冕冠军上海光明优倍女排以3比0获胜。", "上海光明优倍女排", EntityType.ORGANIZATION),
        ("游客走进樊城刘家巷参观。", "刘家巷", EntityType.PLACE),
        ("从安德鲁饼店买了蛋挞。", "安德鲁饼店", EntityType.ORGANIZATION),
        ("黑沙海滩旁的酒店客满。", "黑沙海滩", EntityType.PLACE),
        ("游客参观望德圣母堂。", "望德圣母堂", EntityType.PLACE),
    ],
)
def test_rules_find_and_type(text: str, form: str, kind: EntityType) -> None:
    assert spans(text).get(form) is kind, spans(text)


@pytest.mark.parametrize(
    ("text", "not_an_entity"),
    [
        ("美国科技公司正在加大投资。", "美国科技公司"),
        ("城际客运和铁路客运都很繁忙。", "城际客运"),
        ("新建的数据中心耗电不少。", "数据中心"),
        ("村里的宗祠重新修缮。", "宗祠"),
        ("参观了动物园、植物园等公园。", "动物园"),
        ("公司斥资扩建AI数据中心。", "AI数据中心"),
        ("游客在山顶看到云海。", "云海"),
        ("施工团队在江底遭遇高水压。", "江底"),
        ("大家都说这个组织「很强」。", "很强"),
        ("发掘期间一号坑展厅照常开放。", "期间一号"),
        ("中国塔吊出口增长。", "中国塔"),
        ("一只编号K52的个体飞抵湿地。", "K52"),
        ("建成后将是全国最长的铁路隧道。", "铁路隧道"),
        ("开发不能牺牲国际级湿地。", "国际级湿地"),
        ("力争全年经大连港出口汽车突破百万辆。", "大连港出口汽车"),
        ("庆祝“母亲节”的活动。", "母亲节"),
        ("政府将设立海洋保护区。", "海洋保护区"),
        ("这是一处野生动物保护区。", "野生动物保护区"),
        ("镇上有三条街和四条巷。", "三条街"),
        ("两座古村落迎来客流高峰。", "古村落"),
        ("每年秋天候鸟南飞，在湿地觅食。", "南飞"),
        ("华为的“狼性文化”很有名。", "狼性文化"),
        ("大会在白鹭湖国际会展中心举行。", "白鹭湖"),
        ("安徽将依托黄山北站高铁枢纽发展旅游。", "黄山北站高铁"),
        ("这条隧道西起江北新区浦口大道。", "江北新区浦口大道"),
        ("这次峰会将讨论气候问题。", "这次峰会"),
        ("这项技术可以大幅降低成本。", "降低"),
        ("人工智能(AI)与图形处理器 (GPU) 的需求大增。", "AI"),
        ("此举有助于普及人工智能，城市居民受益。", "普及"),
        ("此举有助于普及人工智能，城市居民受益。", "城市"),
        ("这家公司计划明年上市。", "上市"),
        ("先发投手林昱珉主投4局无失分。", "林昱珉主"),
        ("家长和学生选校时不应只看名次。", "选校时"),
        ("多家美国科技公司和中国汽车企业参展。", "美国科技公司"),
        ("中国钢厂的产量下降", "中国钢厂"),
        ("从中山驾车前往深圳", "中山驾车"),
        ("漫步马公市老街", "马公市老街"),
        ("谷歌母公司", "谷歌母公司"),
        ("光模块板块领涨", "光模块板块"),
        ("沿主干道行驶", "主干道"),
        ("走上康庄大道", "康庄大道"),
        ("新华社莫斯科5月27日电", "新华社莫斯科"),
        ("城市东路段拥堵", "城市东路"),
        ("代表建筑界的议员谢伟铨支持", "建筑界"),
        ("东莞－香港航线", "东莞－香港"),
        ("凑齐顾问费，", "顾问费"),
        ("一幢楼龄六十年的唐楼", "唐楼"),
        ("屯门医院急症科", "屯门医院急症科"),
        ("高价作品集中于少数名家，中价区作品流拍。", "中价区"),
        ("香港警务处西九龙总区重案组", "龙总区"),
        ("皖鄂两省合作", "皖鄂两省"),
        ("岩浆源区的温度", "岩浆源区"),
        ("促请港府回应", "促请港府"),
        ("科技公司竞相推出模型", "公司竞相"),
        ("企业纷纷布局AI赛道", "AI赛道"),
        ("推动创新局面", "推动创新局"),
        ("客家乐团山歌仔演出", "客家乐团"),
        ("三个月后遗址开放", "三个月后遗址"),
        ("玄武岩的成分", "玄武岩"),
        ("雍正年间的瓷器", "雍正"),
        ("游客前往秭归屈原故里参观", "屈原"),
        ("主教练崔康熙表示", "康熙"),
        ("威廉二十日抵达", "威廉二十"),
        ("乘客可扫码进站，港铁表示", "码进站"),
        ("他在美国德州工作", "美国德州"),
        ("熊本县内半导体产业", "熊本县内半导体"),
        ("美国商务部工业与安全局", "美国商务部工业"),
        ("商合杭高铁", "杭高铁"),
        ("山口茜因伤退赛", "山口茜因"),
        ("金子价格上涨", "金子价格"),
        ("黄石单板厂的江西籍厂主", "江西籍"),
        ("特区政府发言人表示，公立医院会加派人手。", "特区政府"),
        ("特区政府发言人表示，公立医院会加派人手。", "公立医院"),
        ("天文台发出黑雨警告。", "黑雨"),
        ("外交部和商务部发言人表示", "外交部和商务部"),
        ("该局表示将跟进。", "该局"),
        ("谈判再度陷入僵局。", "陷入僵局"),
        ("主要由美国公司、企业的在京机构组成", "美国公司"),
        ("美国铁路客运量下降", "美国铁路"),
        ("多家初创公司获得投资。", "初创公司"),
        ("电信业的特点：服务范围广、技术发展快。", "范围广"),
        ("必须培养和造就高素质的人才。", "高素质"),
        ("她还向记者介绍了两个案例。", "向记者"),
        ("沿海地区经济发展较快", "海地区"),
        ("云门舞者稻浪间起舞", "稻浪间"),
        ("法官驳回申请人的说法", "申请人"),
        ("外交部长王毅同巴西外长会谈", "王毅同"),
        ("中国政府与美国政府", "中国政府"),
        ("这家上市公司", "上市公司"),
        ("乡村公路和沿海湿地", "乡村公路"),
        ("乡村公路和沿海湿地", "沿海湿地"),
        ("旅游景区和考古遗址", "旅游景区"),
        ("人民法院公开宣判甘肃省政协原副主席案", "人民法院公开宣判甘肃省政协"),
        ("受害人多为居于将军澳及西贡的退休人士", "澳及西贡"),
        ("专家初步判断，车马坑年代为春秋", "初步判断"),
        ("王齐麟决胜局以21比19拿下", "王齐麟决胜局"),
        ("环保团体长春社表示", "环保团体长春社"),
        ("在新加坡持牌公司工作", "新加坡持牌公司"),
        ("将继续推进中巴地球资源卫星（CBERS）合作", "继续推进中巴地球资源卫星"),
        ("港大和中大学生参加比赛", "中大学"),
        ("物业管理处表示", "物业管理处"),
        ("澜芯储能（688417.SH）股价", "SH"),
        ("GPT-4o and Claude 3.5 Sonnet", "and Claude 3.5 Sonnet"),
        ("施作地下车站，陆路口岸，新线路，新思路", "新线路"),
        ("施作地下车站，陆路口岸，新线路，新思路", "施作地下车站"),
        ("警务处处长表示", "警务处处"),
        ("一家科技公司和多家新公司", "一家科技公司"),
        ("一家科技公司和多家新公司", "多家新公司"),
        ("工程已于上月完成", "于上月"),
        ("全港公立医院", "全港公立医院"),
        ("湘潭县委原常委", "湘潭县委原常委"),
        ("台湾西南部", "台湾西南部"),
        ("这个服务中心", "这个服务中心"),
        ("预报员林品芳说，丹娜丝登陆时中心附近", "丹娜丝登陆"),
        ("其中东石国中体育馆屋顶被强风吹落", "东石国中体育馆"),
        ("国家医疗保障局组织专家", "国家医疗保障局组织"),
        ("葵青区一间安老院发生火警", "安老院"),
        ("于本周五举行记者会", "于本周"),
        ("在野党要求政院尊重国会", "政院尊重国会"),
        ("约有4000名访港球迷", "名访港"),
        ("光线传媒旗下彩条屋影业出品", "光线传媒旗下彩条屋影业"),
        ("民进党团结一致", "民进党团"),
        ("立法会委员会讨论算力", "立法会委员会"),
        ("区议会主席钟健明及房屋委员会委员", "钟健明及房屋委员会"),
        ("南京南部地区的列车", "南京南"),
        ("科考船驶向印度洋", "印度"),
        ("商场一度被洪水淹浸", "洪水淹"),
        ("奥克兰和惠灵顿每周直飞上海", "和惠灵顿"),
        ("卫生署辖下卫生防护中心接获通报", "卫生署辖下卫生防护中心"),
        ("患者均曾于加连威老道进食", "于加连威"),
        ("融入全国高铁网", "全国高铁"),
        ("加快推进自贸区建设", "自贸区"),
        ("河北栾城县组织机关干部学习", "河北栾城县组织"),
        ("汽车厂家都在加大力度开发燃料电池", "加大力度"),
        ("全国各大城市同日举办活动", "大城市"),
        ("迎接世界高速铁路时代", "世界高速铁路"),
        ("外野手击出左外野再见安打", "左外野"),
        ("多国领袖已相继致电或发文祝贺。", "或发文祝贺。"),
        ("咨询活动需向国家环保总局备案", "咨询活动需向国家环保总局"),
        ("美国大西洋贝尔公司买下纽新公司", "大西洋贝尔公司买下纽新公司"),
        ("霍夫曼在谢幕时以广东话致谢", "谢幕时"),
        ("半导体・数位两大板块", "半导体・数位"),
        ("县府与交通部观光署合作", "县府与交通部观光署"),
        ("举着手机拍摄卜肉摊，", "卜肉摊"),
        ("当局下月将向立法会汇报公园的发展", "汇报公园"),
        ("公司公众服务部经理表示", "公众服务部"),
        ("已用于定制ASIC芯片", "ASIC"),
        ("以减轻高中生的考试压力", "高中生"),
        ("高教司预计今年底前公告新制", "高教司"),
        ("共放映逾百部长短片", "短片"),
        ("请陆军花东防卫指挥部协助", "陆军花"),
        ("消防处屋宇署联合调查", "消防处屋宇署"),
        ("而从化马场亦会加强", "马场亦"),
        ("以中医为主导、中西医协作的医院", "中西医"),
        ("陆委会：陆方勿藉交流统战", "陆方勿"),
        ("金控今天全数公布前3季自结财报", "季自结"),
        ("会后向传媒表示，遴选", "向传媒"),
        ("芦女士依法行政，审查意见", "依法行政"),
        ("但若联储局维持利率不变", "但若联储局"),
        ("母公司表示", "母公司"),
        ("活动设有医护站和服务站。", "医护站"),
        ("召开活动新闻发布会", "活动新闻发布会"),
        ("新竹新创公司黑白智弈科技开发", "新竹新创公司"),
        ("司机集体停工，抗议公司削减运费。", "抗议公司"),
        ("昭和年代的棋士吴清源", "昭和"),
        ("政院尊重国会监督。", "国会"),
        ("结合小琉球的离岛旅游", "离岛"),
        ("松阳的古村迎来游客高峰。", "高峰"),
        ("双方同意深化能源合作。", "深化能源"),
        ("民众可向沿线医护站求助。", "医护站"),
        ("他敦促巴基斯坦和印度两国政府缓解局势", "印度两国政府"),
        ("立法会会议上，议员提问。", "立法会会议"),
        ("首个简约公屋项目「攸田居」昨日落成", "攸田居"),
        ("AI发展对亚马逊云计算服务而言是机会", "亚马逊云"),
        ("他说“我们很高兴”，并表示", "我们很高兴"),
        ("巴士公司应在九龙城增设接驳站。", "接驳站"),
        ("农户用上了“粮安云”测温平台。", "安云"),
        ("市民应留在室内。", "应留"),
        ("大熊猫是增进中西友谊的使者", "中西友谊"),
        ("前往越南老街的列车", "越南老街"),
        ("中国航空工业发展迅速", "中国航空"),
        ("由代表律师应讯；分店经理到场", "应讯"),
        ("遗址的宫殿区、祭祀区和作坊区", "祭祀区"),
        ("经过延时两日的谈判，各国同意", "延时"),
        ("乘坐机场巴士和双层巴士", "机场巴士"),
        ("中国西南地区的铁路网", "西南"),
        ("目标是成为“全球最具竞争力的汽车公司”", "全球最具竞争力的汽车公司"),
        ("医生建议病人应先到诊所就医", "应先到"),
        ("她凭新专辑封后，抱回奖座", "封后"),
        ("会说马来语的导游", "马来语"),
        ("石英岩制成的工具", "石英岩"),
        ("各国代表齐聚北京", "齐聚"),
        ("上半场战平。易边再战，主队加强进攻", "易边"),
        ("游客来到江南水乡的古镇", "江南水乡"),
        ("西部地区青藏高原的生态", "地区青藏高原"),
        ("附近公园的游客", "附近公园"),
        ("全县多个乡镇受灾，该县三个乡镇停电", "多个乡"),
        ("在国务院部署的以旧换新政策带动下，销量回升。", "国务院部署"),
        ("市政府开会讨论公立医院改革。", "开会讨论公立医院"),
        ("九龙及新界部分医院轮候时间过长。", "新界部分医院"),
        ("尾矿库距保护区边界不足300米。", "距保护区"),
        ("村民在湖畔的空地上晒谷。", "湖畔"),
        ("改善中环五号码头的候船设施。", "中环五号"),
        ("香港科技园公司旗下创投基金跟投。", "创投基金"),
        ("屯门多座住宅大厦外墙剥落。", "住宅大厦"),
        ("恒泽置业主席邓启邦是集团创办人。", "席邓启邦"),
        ("要求各乡镇公所备妥收容处所。", "各乡镇"),
        ("车队新增比亚迪电动巴士。", "比亚迪电动巴士"),
        ("政府发布白皮书指出。", "白皮书"),
        ("乘客在巴士站候车。", "巴士站"),
        ("部长出席慕尼黑工业大学AI座谈会时表示。", "慕尼黑工业大学AI座谈会"),
        ("该县副县长李春江说。", "春江"),
        ("清扫城市街道，燃煤电厂减产，新建气田投产。", "城市街道"),
        ("清扫城市街道，燃煤电厂减产，新建气田投产。", "燃煤电厂"),
        ("清扫城市街道，燃煤电厂减产，新建气田投产。", "新建气田"),
        ("香港街道狭窄，中国油田老化。", "香港街道"),
        ("香港街道狭窄，中国油田老化。", "中国油田"),
        ("澳门新度假城开幕。", "澳门新度假城"),
        ("受台风「海燕」影响，航班取消。", "海燕"),
        ("受台风「白鹿」影响，航班取消。", "白鹿"),
        ("上周连阴雨天气持续，稻田里积水。", "连阴雨"),
        ("习近平20日在北京会见来宾。", "习近平20"),
        ("公司将于下周召开大会。", "公司将"),
        ("经济部教育部联合宣布补助方案。", "经济部教育部"),
        ("总统府紧急约见台电公司高层。", "约见台电公司"),
        ("研究团队利用谷歌（Google）的算力训练模型。", "利用谷歌"),
        ("加利福尼亚州州长纽森（Gavin Newsom）表示反对。", "州长纽森"),
        ("台风「洛克」来袭。洛克中心已进入海峡。", "洛克"),
        ("市场上有五家博彩经营公司。", "博彩经营公司"),
        ("公司经调整EBITDA上升。", "EBITDA"),
        ("台湾朝野立委，中国西北干旱。", "朝野"),
        ("台湾朝野立委，中国西北干旱。", "西北"),
        ("乘客在巴士站候车，市民在雀鸟监测站观鸟。", "雀鸟监测站"),
        ("新线连接机场与高铁站。", "高铁站"),
        ("列车在云林三站停靠。", "云林三站"),
        ("结果在西九文化区网站公布。", "西九文化区网站"),
        ("行人天桥封闭，医院走廊拥挤。", "行人天桥"),
        ("行人天桥封闭，医院走廊拥挤。", "医院走廊"),
        ("他批评当局“只会喊口号”。", "只会喊口号"),
        ("部长将于下月率团访华。", "于下月"),
        ("乘客改搭跨境巴士，展览在馆内举行。", "跨境巴士"),
        ("乘客改搭跨境巴士，展览在馆内举行。", "馆内"),
        ("部长视察宏达厂区。", "宏达厂区"),
        ("欧盟对华电动汽车加征关税。", "欧盟对华电动汽车"),
        ("球队打进季后赛。", "季后赛"),
        ("粤剧由花旦梁素琴和文武生陈国邦合演。", "花旦梁"),
        ("地皮位于沙田第52区。", "田第52"),
        ("许多村民向他们反映情况。", "向他们"),
        ("总统深信局势稳定。", "深信"),
        ("各级党组织要发挥作用，国家队昨日集训。", "党组织"),
        ("各级党组织要发挥作用，国家队昨日集训。", "国家队"),
        ("技术达到世界先进水平。", "世界先进"),
        ("老总夫人出席了仪式。", "老总"),
        ("西安蓝田发现唐代宗室女墓", "唐代宗"),
        ("日本在福岛核灾后重启核电。", "福岛核灾"),
        ("计划发射的嫦娥八号将着陆。", "的嫦娥八号"),
        ("绝不让台湾夜市的招牌蒙尘。", "台湾夜市"),
        ("收款银行为渣打银行。", "收款银行"),
        ("将交由中央选举委员会办理。", "交由中央选举委员会"),
        ("美国多家航空公司取消航班。", "美国多家航空公司"),
        ("疫苗厂颖升生技股份有限公司今天公布第三季财报。", "厂颖升生技股份有限公司"),
        ("加强中国网络安全建设。", "中国网"),
        ("天舟八号货运飞船完成对接。", "天舟八号货运"),
        ("冷链货运需求大增。", "冷链货运"),
        ("巴西桑托斯港吞吐量增长。", "巴西桑托斯港"),
        ("该国推行“光明大道”新经济政策。", "光明大道"),
        ("海南将设立10个“二线口岸”。", "二线口岸"),
        ("推出的跨境物流平台“丝驿通”受到欢迎。", "跨境物流"),
        ("香港巩固国际航空枢纽地位。", "国际航空"),
        ("每逢周末在台南孔庙加演剧场。", "孔庙"),
        ("该公司一号码头扩建。", "公司一号码头"),
        ("途经弥敦道和太子道西。", "途经弥敦道"),
        ("发展人工智能，推动具身智能。", "具身智能"),
        ("华为智能汽车销量上升。", "华为智能"),
        ("德勤资本市场服务合伙人欧振兴预期。", "德勤资本"),
        ("德国费斯托展出仿生机械臂。", "仿生机械"),
        ("今年黑河经大桥自俄方进口大豆。", "大桥自"),
        ("行车隧道、行人通道和单车道都开放。", "行人通道"),
        ("牧民说：扎西德勒！", "扎西德勒"),
        ("台湾将协助瓜国建置电子公文系统。", "瓜国建置电子"),
        ("印尼国有企业部副部长里扎尔表示。", "印尼国有企业部副部"),
        ("各国航空公司取消航班。", "各国航空公司"),
        ("该产品荣获郑州市技术监督局颁发的证书。", "荣获郑州市技术监督局"),
        ("受惠辉达（NVIDIA）伺服器出货。", "受惠辉达"),
        ("项目已纳入“考古中国”重大项目。", "中国"),
        ("公司亚太区总裁表示，中国区业绩增长。", "中国区"),
        ("企业为职工缴纳养老保险费。", "养老保险"),
        ("正在以江泽民同志为核心的党中央领导下。", "以"),
        ("主体航厦扩建，冰上游乐区人多。", "主体航厦"),
        ("主体航厦扩建，冰上游乐区人多。", "冰上游乐区"),
        ("将影响中华白海豚生境。", "中"),
        ("另由美国顾问公司负责。", "顾问公司"),
        ("新区下辖的容城县、雄县和安新县三县城区改造同步推进。", "三县城区"),
        ("吴宜臻则关心并网延宕，建议能源署检讨。", "建议能源署"),
        ("彰化苗栗离岸风场加速并网。", "苗栗离岸风场"),
        ("资助的年轻艺术家驻馆创作。", "驻馆"),
        ("下一步将开展新一轮水生生物完整性评价。", "新一轮水生生物"),
        ("线路通达45个国家和地区。", "通达45"),
        ("强烈台风桦加沙今天凌晨登陆。", "加沙"),
        ("开业首周接待滑雪者超过三万人次，推出滑雪板托运服务。", "滑雪者"),
        ("达尔说，中巴经济走廊是巴方“最重要的发展平台”。", "巴方"),
        ("皎漂深水港也在加快推进。", "深水港"),
        ("新加坡私人美术馆创办人陈诗颖说。", "新加坡私人美术馆"),
        ("香港作为文化艺术交流中心的角色。", "文化艺术交流中心"),
        ("日本钢铁业表示。", "日本钢铁"),
        ("丹麦药厂诺和诺德表示。", "丹麦药厂"),
        ("港口自由区北区的纺织产业园已投产。", "区北区"),
        ("在万埠镇桃花村，农民说。", "万埠镇桃花村"),
        ("他们的互助会和该校校友会。", "互助会"),
        ("亦欢迎更多旅客经陆路来港。", "陆路来港"),
        ("支线连接落马洲站及新田站。", "连接落马洲站"),
        ("全村村民和本港市民都来了。", "全村"),
        ("位于科学园区的晶片设计公司晶耀科技董事长方柏森说。", "晶片设计公司"),
        ("明年上半年须留意消费性电子需求疲弱。", "消费性电子"),
        ("将邀请日本、韩国主要港口城市的旅行商参会。", "港口城市"),
        ("美国第三大银行国民银行表示。", "美国第三大银行国民银行"),
        ("强台桦加沙重创宜花。", "加沙"),
        ("清华大学与相关大学合作。", "相关大学"),
        ("项目地处库布其沙漠北缘。", "地处库布其沙漠"),
        ("这台中型机器很重。", "台中"),
        ("青年陶艺家说，作品已售出。", "陶艺家"),
        ("英国数码银行表示。", "英国数码银行"),
        ("这是全台首座跨海大桥。", "跨海大桥"),
        ("中国国家博物馆展出文物。", "国家博物馆"),
        ("车主须购买跨境保险。", "跨境保险"),
        ("保单涵盖第三者责任保险。", "第三者责任保险"),
        ("两地文旅部门昨日会面。", "文旅部"),
        ("平江路、东关街等历史街区仍有居民。", "历史街区"),
        ("中国航天科技集团有限公司所属中国运载火箭技术研究院研制。", "中国航天科技集团有限公司所属中国运载火箭技术研究院"),
        ("第十四届全国人民代表大会第三次会议开幕。", "人民代表大会"),
        ("「溪州联络道路」新辟工程获核定。", "溪州联络道路"),
        ("中国信托商业银行表示。", "中国"),
        ("她建议太空中心与交通部中央气象署合作。", "太空中心与交通部中央气象署"),
        ("这是一部具有史诗性的作品，要加强纪律性。", "史诗性"),
        ("这是一部具有史诗性的作品，要加强纪律性。", "纪律性"),
        ("看台、吊脚楼和稻田边都坐满了人。", "稻田边"),
        ("集市上摆出了银饰和稻田鱼。", "稻田鱼"),
        ("金秋时节，棉田一片繁忙。", "金秋"),
        ("盛夏时节的草原。", "盛夏"),
        ("邵族文化季与单车节接力登场。", "邵族"),
        ("推动粤港澳大湾区中医药协同发展。", "粤港澳大湾区中医药"),
        ("赛事推高路氹一带酒店的入住率。", "路氹一带酒店"),
        ("王芳、李明等地方官员出席。", "李明等地"),
        ("山区、农村等地的学校", "山区"),
        ("（记者 邵颖 实习记者 祁樾）报道", "实习记者"),
        ("曾效力阪神虎的投手将回到台湾。", "曾效力"),
        ("他发现顾客偏爱加辣，也爱喝茶。", "加辣"),
        ("村民球员同场投篮。", "同场"),
        ("旅客常结伴上岛。", "常结伴"),
        ("全球最长的斜张桥今天通车。", "张桥"),
        ("交船典礼在小港区港兴三路厂区举行。", "小港区港"),
        ("港务集团的自动化集装箱码头一派繁忙。", "自动化集装箱码头"),
        ("花博在外埔园区同步开幕。", "花博"),
        ("导引车在岸桥下有序穿梭。", "桥下有序"),
        ("苏联专家白天跟我们一起下到管柱。", "白天跟"),
        ("他的曾祖父1912年从这里出发。", "曾祖父"),
        ("商人在八廓街经营唐卡和铜器。", "唐卡"),
        ("位于胶州湾畔前湾港区的码头。", "胶州湾畔前湾港区"),
        ("考古队在埃及金字塔附近发掘。", "金字塔"),
        ("AIoT创新园区今日开幕。", "AIoT创新园区"),
        ("两国将合作打造欧洲最大AI园区。", "欧洲最大AI园区"),
        ("咖啡销往欧洲。交易中心负责人表示，价格回升。", "交易中心"),
        ("羽球选手里兹基·普拉塔马说，状态很好。", "普拉塔"),
        ("柬埔寨诈骗园区的受害者获救。", "柬埔寨诈骗园区"),
        ("矿石卸船后即可提离港区。", "提离港区"),
        ("码头距石臼港区约五十公里。", "距石臼港区"),
        ("港口拥有矿石专用码头。", "矿石专用码头"),
        ("疏港铁路直通内陆。", "疏港铁路"),
        ("其中浙江口岸占比接近三成。", "浙江口岸"),
        ("中国花卉市场需求旺盛。", "中国花卉市场"),
        ("儿童游乐场重新开放。", "儿童游乐场"),
        ("华人社区反应热烈。", "华人社区"),
        ("比赛选手须先通过体能测试。", "须先"),
        ("六台机组全部满负荷运行。", "满负荷"),
        ("一箱箱百合、康乃馨很快售罄。", "康乃馨"),
        ("列车行驶于大桥下层，服务不受影响。", "大桥下层"),
        ("工区站长泽仁多吉表示，", "长泽仁"),
        ("中东主权基金也有参与。", "权基金"),
        ("首航船舶由本地船厂建造。", "首航船舶"),
        ("过闸船舶数量增长。", "过闸船舶"),
        ("并严格执行交通部的规定。", "严格执行交通部"),
        ("扫描QR码即可兑换。", "QR"),
        ("这里是种茶的黄金地带。", "黄金地带"),
        ("这里历来是渔船的避风良港。", "良港"),
        ("熊猫幼仔和龙凤胎都很健康。", "幼仔"),
        ("元末明初，港口繁盛。", "元末明"),
        ("城东的古寺香火鼎盛。", "城东"),
        ("中亚经济走廊物流提速。", "中亚经济走廊物流"),
        ("车企展出了新款探岳和迈腾。", "探岳"),
        ("北回线和仁站至崇德站间。", "北回线和仁站"),
        ("集团主席何文珊亦曾公开表示，集团会检讨。", "曾公开"),
        ("湾仔一幅临海用地将改建公园。", "临海"),
        ("公司计划在码头大楼引入餐饮。", "码头大楼"),
        ("园内设有火箭模型广场和航天主题酒店。", "航天主题酒店"),
        ("香港街市的菜价上涨。", "香港街市"),
        ("台湾市场需求回升。", "台湾市场"),
        ("九个码头由西九货柜码头（香港）有限公司（WKT）营运。", "有限公司"),
        ("东村位于东涌东海滨。", "东海"),
        ("村内的石头屋民宿大多订满。", "头屋"),
        ("学者前往城东南约30公里的山区。", "东南约"),
        ("联合攻关可以少走弯路。", "少走弯路"),
        ("东涌新市镇扩展有进展。", "新市镇"),
        ("游客看梅花鹿。", "梅花鹿"),
        ("集团人力资源部副总经理周海说，", "人力资源部"),
        ("屋邨设有社区会堂、长者中心及商场。", "社区会堂"),
        ("平日午市过后人流回落。", "午市"),
        ("遇上大桥塞车要一小时。", "塞车"),
        ("改善金水公路沿线步道与停车空间。", "金水公路沿线步道"),
        ("多支国家集训队在当地驻训。", "国家集训队"),
        ("香港银行体系稳健。", "香港银行"),
        ("团队已在全市30家社区卫生服务中心推广。", "社区卫生服务中心"),
        ("研究的中国队列样本很大。", "中国队"),
        ("让城市的中西交融特色更鲜明。", "中西交融"),
        ("广州市中级人民法院公开宣判佛山市人民政府原副市长受贿案。", "广州市中级人民法院公开宣判佛山市人民政府"),
        ("他在山上开了一家农家乐。", "农家乐"),
        ("全国中小学生都放假。", "全国中小学"),
        ("德国乐团来台巡演。", "德国乐团"),
        ("百余名唐卡画师现场作画。", "唐卡画"),
        ("下游沿河村组提前撤离。", "沿河"),
        ("在各乡镇卫生所提供筛检。", "各乡镇"),
        ("已要求检视辖下公共屋邨的维修工程。", "公共屋邨"),
        ("首个公共屋邨东湾邨明年入伙。", "邨东湾邨"),
        ("工程合约已批予永丰土木工程有限公司。", "批予永丰土木工程有限公司"),
        ("署方会与土木工程拓展署合作。", "署方会与土木工程拓展署"),
        ("展览以「从一块路牌走进一座博物馆」为题。", "从一块路牌走进一座博物馆"),
        ("一批鳗鱼验出孔雀绿遭退运。", "孔雀绿"),
        ("卫冕冠军辽宁男篮客场获胜。", "卫冕冠军辽宁男篮"),
    ],
)
def test_generic_words_are_not_entities(text: str, not_an_entity: str) -> None:
    assert not_an_entity not in spans(text)


@pytest.mark.parametrize(
    ("text", "form", "kind"),
    [
        ("捷运通车\n\n台北捷运公司表示将加开班次。\n\n北捷说，运量可望倍增。\n", "北捷", EntityType.ORGANIZATION),
        ("东港快讯\n\n新港数据科技有限公司（下称“新港”）宣布扩产。\n\n新港正与银行洽谈。\n", "新港", EntityType.ORGANIZATION),
        ("台风消息\n\n台风「海葵」昨晚登陆。\n\n海葵中心已进入海峡。\n", "海葵", None),
        ("赛后消息\n\n总统赛后在臉書恭喜中华队。\n", "臉書", EntityType.PRODUCT),
        ("风电消息\n\n丹麦商沃旭能源（Ørsted）开发的风场。\n\n沃旭副总裁韩森说，沃旭在台中港设基地。\n", "沃旭", EntityType.ORGANIZATION),
        ("班列消息\n\n罗兹省副省长说。\n\n班列发往波兰罗兹。\n", "罗兹", EntityType.PLACE),
        ("展览消息\n\n法国罗浮宫博物馆借出展品。\n\n罗浮宫借出的挂毯。\n", "罗浮宫", EntityType.ORGANIZATION),
        ("港口消息\n\n瓜达尔港吞吐量创新高。\n\n瓜达尔和皎漂两港面向印度洋。\n", "瓜达尔", EntityType.PLACE),
        ("龙舟消息\n\n中国香港龙舟总会（龙总）宣布赛事。\n\n龙总主席梁振邦表示欢迎。\n", "龙总", EntityType.ORGANIZATION),
        ("金融消息\n\n蚂蚁集团公布业绩。\n\n旗下的蚂蚁银行则宣布扩展业务。\n", "蚂蚁银行", EntityType.ORGANIZATION),
        ("古镇消息\n\n扬州将在邵伯古镇建设船闸。\n\n邵伯是运河重镇。\n", "邵伯", EntityType.PLACE),
        ("烟火消息\n\n由日本烟火商丸山烟火株式会社施放。\n\n丸山烟火创立逾百年。\n", "丸山烟火", EntityType.ORGANIZATION),
        # a body named by its place alone gives no stem for sister companies: bare 公司 is no name
        ("保险消息\n\n北京大学的学生说，保险公司和资本市场都很重要。\n", "公司", None),
        # a name dot written as a full-width full stop between Han characters
        ("球赛消息\n\n客隊前鋒馬可．史密斯拿下20分。\n", "馬可．史密斯", EntityType.PERSON),
    ],
)
def test_article_wide_names(tmp_path: Path, text: str, form: str, kind: EntityType | None) -> None:
    """A body's usual short form, a short name the article defines and a storm's name are
    read across the article's paragraphs."""
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    types = {m.text: e.type for e in entities for m in e.mentions}
    assert types.get(form) is kind, types


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("澳门消息\n\n日本合唱团首度访澳演出。\n\n澳门乐团将同台。\n", "澳门"),
        ("总理出访\n\n新西兰总理访澳。\n\n澳大利亚外长到机场迎接。\n", "澳大利亚"),
    ],
)
def test_macau_short_form_in_a_story_about_macau(tmp_path: Path, text: str, place: str) -> None:
    """访澳 is a visit to Macau in a story that names Macau and not Australia."""
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    owner = next(e for e in entities for m in e.mentions if m.text == "澳")
    assert owner.name == place


@pytest.mark.parametrize(
    ("text", "short_forms"),
    [
        ("中美关系出现缓和，中方表示欢迎。", ["中", "美", "中"]),
        ("美國總統訪華期間，美方與中方會談。", ["华", "美", "中"]),
        ("中日韩三国领导人会晤，港人关注。", ["中", "日", "韩", "港"]),
        ("代表团在华盛顿和中美洲访问，对中小企业来日方长。", []),
        ("对违法行为加以惩处。", []),
        ("中方愿同哈方加强合作，中哈关系稳定。", ["中", "哈", "中", "哈"]),
        ("港台合作日益密切，西方国家关注。", ["港", "台"]),
    ],
)
def test_one_character_short_forms_are_places(text: str, short_forms: list[str]) -> None:
    simplified, _tokens, found = extract_block(matching_copy(text).text)
    shorts = [simplified[s.start : s.end] for s in found if s.end - s.start == 1]
    assert shorts == short_forms
    assert all(s.type is EntityType.PLACE for s in found if s.end - s.start == 1)


def test_short_forms_link_to_the_full_name(tmp_path: Path) -> None:
    text = "访问消息\n\n美国总统抵达北京。中美双方在会谈中同意扩大合作，美方表示满意。\n"
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    usa = next(e for e in entities if entity_key(e.name) == "美国")
    assert usa.name == "美国" and sorted(m.text for m in usa.mentions) == ["美", "美", "美国"]


def test_traditional_and_simplified_link(tmp_path: Path) -> None:
    trad = article(tmp_path, "a.txt", "颱風消息\n\n德國總理朔爾茨昨日抵達北京，與中國領導人會談。朔爾茨表示合作重要。\n")
    simp = article(tmp_path, "b.txt", "会谈消息\n\n德国总理朔尔茨结束访问。朔尔茨说，双方达成共识。\n")
    entities = find_entities([trad, simp], AliasBook(), use_cache=False)
    person = next(e for e in entities if e.type is EntityType.PERSON)
    assert entity_key(person.name) == entity_key("朔尔茨")
    assert person.articles == (0, 1) and len(person.mentions) == 4
    assert {"朔爾茨", "朔尔茨"} <= set(person.forms)


def test_stated_alias_joins_names(tmp_path: Path) -> None:
    a = article(tmp_path, "a.txt", "芯片消息\n\n美国芯片企业英伟达（Nvidia）公布财报。Nvidia股价随后上涨，英伟达表示需求强劲。\n")
    entities = find_entities([a], AliasBook(), use_cache=False)
    nvidia = next(e for e in entities if "Nvidia" in e.forms)
    assert "英伟达" in nvidia.forms and nvidia.type is EntityType.ORGANIZATION
    assert len(nvidia.mentions) == 4


def test_a_name_the_article_defines_wins_over_a_guess_inside_it(tmp_path: Path) -> None:
    a = article(tmp_path, "a.txt", "乡村消息\n\n村里引入杭州栖云文旅发展有限公司（简称栖云文旅）运营。\n\n栖云文旅董事长沈嘉禾表示，游客增加。\n")
    entities = find_entities([a], AliasBook(), use_cache=False)
    assert not [e for e in entities if e.name == "云文旅"], [(e.name, e.type) for e in entities]
    company = next(e for e in entities if "栖云文旅" in e.forms)
    assert company.type is EntityType.ORGANIZATION and len(company.mentions) == 3


@pytest.mark.parametrize(
    ("text", "person", "latin"),
    [
        ("她与比利时搭档梅腾斯（Elise Mertens）夺冠。", "梅腾斯", "Elise Mertens"),
        ("协会主席穆勒（Hildegard Müller）说，关税有害。", "穆勒", "Hildegard Müller"),
        ("拉脱维亚的奥斯塔朋科（Jelena Ostapenko）输了。", "奥斯塔朋科", "Jelena Ostapenko"),
    ],
)
def test_a_firstname_lastname_gloss_makes_a_person(text: str, person: str, latin: str) -> None:
    found = spans(text)
    assert found.get(person) is EntityType.PERSON and found.get(latin) is EntityType.PERSON, found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("美国芯片设备商东京电子（Tokyo Electron）表示", "Tokyo Electron", EntityType.ORGANIZATION),
        ("清盘人安迈（Alvarez & Marsal）入禀", "Alvarez & Marsal", EntityType.ORGANIZATION),
        ("生物科技公司科万生物（Corvant Bio）宣布", "Corvant Bio", EntityType.ORGANIZATION),
    ],
)
def test_company_glosses_stay_organisations(text: str, name: str, kind: EntityType) -> None:
    assert spans(text).get(name) is kind, spans(text)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("工业和信息化部（工信部）有关负责人表示，将加强监管。工信部还说", "工业和信息化部", "工信部"),
        ("乘用车市场信息联席会（乘联会）秘书长分析，乘联会数据显示", "乘用车市场信息联席会", "乘联会"),
        ("高雄國際機場（小港機場）暫停起降。", "高雄國際機場", "小港機場"),
        ("中國證券監督管理委員會（中國證監會）早前認定", "中國證券監督管理委員會", "中國證監會"),
    ],
)
def test_a_short_name_in_brackets_joins_the_full_name(tmp_path: Path, full: str, short: str, text: str) -> None:
    entities = find_entities([article(tmp_path, "a.txt", "消息\n\n" + text + "\n")], AliasBook(), use_cache=False)
    joined = next(e for e in entities if full in e.forms)
    assert short in joined.forms, [(e.name, e.forms) for e in entities]
    assert not any(e.type is EntityType.PLACE and "中國" in e.forms for e in entities)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("颱風在高雄市小港區登陸。", "小港区"),
        ("嘉義縣民雄鄉的工廠擴產。", "民雄乡"),
        ("四川省凉山州布拖县的考生增加。", "布拖县"),
        ("总部位于苏州工业园区的药企", "苏州工业园区"),
        ("记者从宁德获悉，项目已开工。", "宁德"),
        ("高雄市前镇区、苓雅区出现病例。", "苓雅区"),
        ("定日县措果乡、长所乡受灾严重。", "长所乡"),
        ("熊本县知事表示欢迎。", "熊本县"),
    ],
)
def test_divisions_of_a_place_are_places(text: str, place: str) -> None:
    simplified, _tokens, found = extract_block(matching_copy(text).text)
    assert {simplified[s.start : s.end]: s.type for s in found}.get(place) is EntityType.PLACE


def test_a_place_with_and_without_its_division_suffix_is_one_entity(tmp_path: Path) -> None:
    text = "消息\n\n深圳市今天发布通知。深圳的企业表示欢迎，广东省和广东的官员出席。\n"
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    forms = [set(e.forms) for e in entities if e.type is EntityType.PLACE]
    assert {"深圳市", "深圳"} in forms and {"广东省", "广东"} in forms, forms


def test_a_short_form_of_two_bodies_joins_neither(tmp_path: Path) -> None:
    text = (
        "消息\n\n中国远洋海运集团有限公司（中远海运）控股的码头开港，由中远海运港口有限公司运营。"
        "恒大汽车与恒大地产集团均为恒大旗下公司。\n"
    )
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    owner = {form: e.name for e in entities for form in e.forms}
    assert owner.get("中远海运") == owner.get("中国远洋海运集团有限公司")
    assert owner.get("中远海运") != owner.get("中远海运港口有限公司")
    assert owner.get("恒大汽车") != owner.get("恒大地产集团")


def test_alias_file_joins_transliterations(tmp_path: Path) -> None:
    alias_file = tmp_path / "aliases.toml"
    alias_file.write_text('[[alias]]\nnames = ["特朗普", "川普"]\ntype = "person"\n', encoding="utf-8")
    a = article(tmp_path, "a.txt", "選舉消息\n\n美國前總統川普表示將再次參選。\n")
    b = article(tmp_path, "b.txt", "选举消息\n\n美国前总统特朗普表示将再次参选。\n")
    without = find_entities([a, b], AliasBook(), use_cache=False)
    assert len([e for e in without if e.type is EntityType.PERSON]) == 2
    joined = find_entities([a, b], load_aliases(alias_file, bundled=False), use_cache=False)
    people = [e for e in joined if e.type is EntityType.PERSON]
    assert len(people) == 1 and {"川普", "特朗普"} <= set(people[0].forms)


def test_bundled_aliases_join_cross_strait_transliterations(tmp_path: Path) -> None:
    a = article(tmp_path, "a.txt", "外交消息\n\n法國總統馬克宏今日抵達北京。\n")
    b = article(tmp_path, "b.txt", "外交消息\n\n法国总统马克龙今天抵达北京。\n")
    entities = find_entities([a, b], load_aliases(tmp_path / "none.toml"), use_cache=False)
    person = next(e for e in entities if e.type is EntityType.PERSON)
    assert {"馬克宏", "马克龙"} <= set(person.forms)


@pytest.mark.parametrize(
    "content",
    ['[[alias]]\nnames = ["only one"]\n', "not toml = = =", '[[alias]]\nnames = ["a", "b"]\ntype = "planet"\n'],
)
def test_bad_alias_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefingError, match="aliases.toml"):
        load_aliases(path)


def test_bundled_alias_file_is_valid() -> None:
    from briefing.core.entities.link import BUNDLED_ALIASES, read_alias_file

    assert len(read_alias_file(BUNDLED_ALIASES).groups) >= 20


def test_mentions_point_into_the_block_text(articles_dir: Path) -> None:
    briefing = open_briefing([articles_dir])
    entities = find_entities(briefing.articles, AliasBook(), use_cache=False)
    assert entities
    for entity in entities:
        for m in entity.mentions:
            block = briefing.articles[m.article].blocks[m.block]
            assert block.text[m.start : m.end] == m.text


def test_json_offsets_follow_the_script_mode(articles_dir: Path) -> None:
    briefing = open_briefing([articles_dir / "clean_traditional.txt"])
    entities = find_entities(briefing.articles, AliasBook(), use_cache=False)
    doc = entities_document(briefing, entities, ScriptMode.SIMPLIFIED)
    from briefing.core.convert import convert_text

    for entity in doc["entities"]:
        assert set(entity) >= {"name", "type", "aliases", "articles", "mentions"}
        for m in entity["mentions"]:
            block = briefing.articles[0].blocks[m["block"]]
            assert convert_text(block.text, ScriptMode.SIMPLIFIED)[m["start"] : m["end"]] == m["text"]


def test_cache_is_used_and_a_corrupt_entry_is_rebuilt(tmp_path: Path, articles_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.core import cache
    from briefing.core.entities import service

    briefing = open_briefing([articles_dir / "clean_traditional.txt"])
    first = find_entities(briefing.articles, AliasBook())
    key = cache_key(briefing.articles[0])
    assert cache.read("entities", key) is not None

    def fail(_article):
        raise AssertionError("extraction ran despite a warm cache")

    monkeypatch.setattr(service, "extract_article", fail)
    assert find_entities(briefing.articles, AliasBook()) == first
    monkeypatch.undo()
    cache._path("entities", key).write_text("{not json", encoding="utf-8")
    assert find_entities(briefing.articles, AliasBook()) == first
    assert cache.read("entities", key) is not None


def test_cache_key_follows_the_blocks_not_just_the_file(tmp_path: Path) -> None:
    """Offsets are into the reflowed blocks: if reflow changes them, the cache must miss."""
    import dataclasses

    original = article(tmp_path, "a.txt", "标题 两个词\n\n正文第一段。\n")
    section = original.sections[0]
    title = section.heading
    assert title is not None and " " in title.text
    moved = dataclasses.replace(title, text=title.text.replace(" ", ""), offsets=title.offsets[:-1])
    changed = dataclasses.replace(original, sections=(dataclasses.replace(section, heading=moved), *original.sections[1:]))
    assert moved in changed.blocks
    assert changed.document is original.document
    assert cache_key(changed) != cache_key(original)


@pytest.mark.parametrize(
    ("text", "together", "apart"),
    [
        ("消息\n\n中国人民银行今天宣布降息。人民银行表示将保持流动性充裕。\n", {"中国人民银行", "人民银行"}, set()),
        ("消息\n\n美国国务院发表声明。国务院常务会议同日召开。\n", set(), {"美国国务院", "国务院"}),
        ("消息\n\n台湾铁路公司与香港铁路有限公司签约合作。\n", set(), {"台湾铁路公司", "香港铁路有限公司"}),
        ("消息\n\n上海星禾信息技术有限公司起诉对方。星禾公司称，星禾拥有该商标。\n", {"上海星禾信息技术有限公司", "星禾公司"}, set()),
        ("消息\n\n香港金融管理局今日公布数据。金管局表示，港交所和香港交易所合作。\n", {"香港金融管理局", "金管局"}, set()),
        ("消息\n\n香港交易所公布数据。港交所表示欢迎。\n", {"香港交易所", "港交所"}, set()),
        ("消息\n\n食物环境卫生署与卫生署联合巡查。\n", set(), {"食物环境卫生署", "卫生署"}),
        ("消息\n\n香港大学与香港中文大学合作。\n", set(), {"香港大学", "香港中文大学"}),
    ],
)
def test_home_bodies_and_company_short_forms_link(tmp_path: Path, text: str, together: set[str], apart: set[str]) -> None:
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    groups = [set(e.forms) for e in entities]
    if together:
        assert any(together <= g for g in groups), groups
    for a in apart:
        for b in apart - {a}:
            assert not any({a, b} <= g for g in groups), groups


def test_a_name_dot_in_either_script_makes_one_person(tmp_path: Path) -> None:
    """Taiwan's ‧ and the mainland's · join the parts of one name, and the two spellings link."""
    first = article(tmp_path, "a.txt", "消息\n\n敲出兩分砲，吉力吉撈‧鞏冠也有安打。\n")
    second = article(tmp_path, "b.txt", "消息\n\n吉力吉捞·巩冠当选最有价值球员。\n")
    entities = find_entities([first, second], AliasBook(), use_cache=False)
    person = next(e for e in entities if "吉力吉撈‧鞏冠" in e.forms)
    assert person.type is EntityType.PERSON and "吉力吉捞·巩冠" in person.forms, [e.forms for e in entities]


def test_a_company_that_runs_a_park_is_not_the_park(tmp_path: Path) -> None:
    text = "消息\n\n香港海洋公园公司（下称“海洋公园公司”）公布业绩。位于黄竹坑的海洋公园入场人次回升。\n"
    entities = find_entities([article(tmp_path, "a.txt", text)], AliasBook(), use_cache=False)
    company = next(e for e in entities if "海洋公园公司" in e.forms)
    assert company.type is EntityType.ORGANIZATION and "海洋公园" not in company.forms


def test_olympics_with_and_without_games_link_across_articles(tmp_path: Path) -> None:
    first = article(tmp_path, "a.txt", "消息\n\n巴黎奥运会昨日闭幕。\n")
    second = article(tmp_path, "b.txt", "消息\n\n港队在巴黎奥运取得佳绩。\n")
    entities = find_entities([first, second], AliasBook(), use_cache=False)
    assert any({"巴黎奥运会", "巴黎奥运"} <= set(e.forms) for e in entities), [e.forms for e in entities]


def test_capitalised_place_and_event_words_are_not_a_person() -> None:
    assert spans("七人榄球赛（Hong Kong Sevens）").get("Hong Kong Sevens") is not EntityType.PERSON


def test_a_warm_cache_does_not_load_jieba(tmp_path: Path, articles_dir: Path) -> None:
    """The second open must not pay jieba's start-up: linking uses no dictionary."""
    import os
    import subprocess
    import sys

    companies = tmp_path / "companies.txt"
    companies.write_text("消息\n\n台湾铁路公司与日本软银集团签约，软银表示欢迎。\n", encoding="utf-8")
    paths = [str(articles_dir / "clean_traditional.txt"), str(companies)]
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from briefing.core.briefing import open_briefing\n"
        "from briefing.core.entities.service import find_entities\n"
        f"find_entities(open_briefing([Path(p) for p in {paths!r}]).articles)\n"
        "print('jieba' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"
    assert second.stdout.strip() == "False", second.stderr


def test_a_signal_number_is_not_a_craft() -> None:
    found = spans("今年首个八号风球，天文台改发八号，市民分发出八号的通知。")
    assert not [form for form in found if "八号" in form], found


def test_every_listed_place_and_body_is_a_jieba_word() -> None:
    """jieba's add_word records a new word's prefixes with frequency 0; a listed name that
    is the prefix of another must still be added, whatever order the lists come in."""
    from briefing.core.entities.lexicon import lexicon
    from briefing.core.entities.segment import dictionary_entry

    lex = lexicon()
    missing = [w for w in lex.places if 2 <= len(w) <= 8 and dictionary_entry(w) is None]
    missing += [w for w in lex.organizations if 2 <= len(w) <= 12 and dictionary_entry(w) is None]
    assert not missing, missing[:10]


def test_a_transliterated_name_before_a_verb_stands_on_its_own() -> None:
    """A name only jieba vouches for is dropped unless a rule is sure of it: a verb after a
    transliterated name is enough (克林斯曼在…摆渡, 阿维兰热任职)."""
    simplified, _tokens, found = extract_block("这个球正是由克林斯曼在禁区内头球摆渡。")
    names = {simplified[s.start : s.end]: s for s in found}
    assert names["克林斯曼"].type is EntityType.PERSON and names["克林斯曼"].strong
