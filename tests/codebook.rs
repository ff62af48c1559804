//! The default rubric against the codebook's own decisions, one row per
//! rule: (sentence, dimension, expected grade, why). Every sentence is
//! scored as part of a zone's page (a header naming the zone, so the
//! document is in scope), except where a row is about scope itself.
//!
//! The codebook is `../shared/devset/CODEBOOK.md` (third-party material
//! read from outside the repository); the rows paraphrase its rules and its
//! examples, written afresh here, not copied from the dev-set texts.

use zone_reform::{Document, Rubric, Scorer};

/// A zone's page header: two scope terms, no term and no cue.
const ZONE_HEADER: &str = "某某经济开发区管委会\n";

fn scorer() -> Scorer {
    let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
    Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"))
}

fn grade(scorer: &Scorer, text: &str, dimension: &str) -> u32 {
    scorer
        .score(&Document::from_text("row", text))
        .dimensions
        .iter()
        .find(|d| d.id == dimension)
        .map_or_else(|| panic!("no dimension {dimension}"), |d| d.grade)
}

/// (sentence, dimension, expected grade, the codebook's reason)
const ROWS: &[(&str, &str, u32, &str)] = &[
    // 管委会+公司 as regulations write it.
    (
        "开发区推行“管理机构+开发运营企业”模式,由开发运营企业承担园区开发建设。",
        "mgmt_company",
        2,
        "管理机构+ is the committee-and-company model under its regulatory name",
    ),
    // The codebook's own staffing words.
    (
        "开发区中层干部实行聘期制管理,聘期三年,期满考核。",
        "staffing",
        2,
        "聘期制 is in the codebook's staffing list",
    ),
    (
        "开发区推行中层干部竞岗,按照公开报名、考试考察的程序选拔。",
        "staffing",
        2,
        "竞岗 is the codebook's short form of 竞争上岗",
    ),
    (
        "开发区建立薪酬绩效管理办法,工作人员收入与业绩挂钩。",
        "staffing",
        2,
        "薪酬绩效 is the codebook's other order of 绩效薪酬",
    ),
    (
        "开发区实行编制改革,人员不再区分行政、事业编制。",
        "staffing",
        2,
        "编制 reform for zone staff",
    ),
    (
        "开发区设立企业服务专窗,实行专人受理。",
        "one_stop",
        2,
        "专窗 for firms is in the codebook's one-stop list",
    ),
    (
        "开发区推行招商特使工作,由知名企业家引荐项目。",
        "investment",
        2,
        "招商特使 is in the codebook's investment list",
    ),
    (
        "开发区推行全员聘任制,并引进大学生到管委会工作。",
        "staffing",
        2,
        "graduates hired by the zone are no university's own staffing",
    ),
    (
        "开发区农贸市场实行一站式购物,方便居民。",
        "one_stop",
        0,
        "shopping 一站式 is not evidence",
    ),
    // Staffing is how posts are held, not hiring.
    (
        "根据工作需要,面向社会公开招聘工作人员15名,报名时间为5月10日至15日。",
        "staffing",
        0,
        "a recruitment notice hires staff; open hiring is not in the staffing list",
    ),
    // False friends of 招商 and 一站式 in a park's own business.
    (
        "该产业园由某集团投资建设运营,目前招商率达85%,入驻企业60家。",
        "investment",
        0,
        "an occupancy rate is a building's tenant 招商 (leasing)",
    ),
    (
        "园区运营公司现招聘招商专员2名,要求本科以上学历。",
        "investment",
        0,
        "a job advertisement hires staff; its count is of posts",
    ),
    (
        "开发区面向全国公开招聘专业招商人员,组建专业招商队伍。",
        "investment",
        2,
        "hiring to build a professional attraction team keeps the team",
    ),
    (
        "园区物业公司实行一站式服务,为入驻企业提供保洁、安保等服务。",
        "one_stop",
        0,
        "a property company's 一站式 serves tenants, not approvals",
    ),
    // Done last year is reported as done, with a date.
    (
        "开发区去年组建招商专班,实行专班推进。",
        "investment",
        3,
        "a measure dated last year is reported as done",
    ),
    // Deadlines and stated targets are plans, 2 at most, even with numbers.
    (
        "2024年底前,开发区推行“管委会+公司”改革,全面完成公司组建。",
        "mgmt_company",
        2,
        "a deadline (年底前…完成) is a plan",
    ),
    (
        "主要目标:组建产业链招商专班5个,签约项目60个以上。",
        "investment",
        2,
        "a stated target with numbers is a plan",
    ),
    // One-window acceptance as the national template writes it.
    (
        "开发区实行“前台综合受理、后台分类审批、统一窗口出件”。",
        "one_stop",
        2,
        "综合受理 at one front desk is 一窗受理",
    ),
    // A fund set aside for attraction is an instrument.
    (
        "开发区设立招商引资专项资金,对引荐项目落地的中介给予奖励。",
        "investment",
        2,
        "a dedicated fund with rewards is a concrete mechanism",
    ),
    // The codebook's 告知承诺, whatever follows it.
    (
        "开发区对一般性建设项目实行告知承诺审批,企业作出承诺后即可开工。",
        "one_stop",
        2,
        "告知承诺 approval is a one-stop measure",
    ),
    // A count lifts a generic term only when it counts in the term's clause.
    (
        "开发区组织开展“双招双引”专题培训,全区60余名干部参加。",
        "investment",
        1,
        "trainees counted are no result of attraction: 双招双引 stays a mention",
    ),
    (
        "今年以来全区招商引资签约项目27个,合同额206亿元。",
        "investment",
        3,
        "a count of what attraction brought, in the term's clause, is a result",
    ),
    // 项目推进机制 with the routine written inside it.
    (
        "开发区建立重点项目周调度、月通报推进机制,确保项目早落地。",
        "investment",
        2,
        "the codebook's 项目推进机制 is an investment mechanism",
    ),
    // 法定机构 is the codebook's own mgmt_company term.
    (
        "开发区探索法定机构管理模式。",
        "mgmt_company",
        2,
        "a statutory body running the zone, as a measure",
    ),
    (
        "开发区于2021年完成法定机构改革,设立开发区管理局。",
        "mgmt_company",
        3,
        "法定机构 reform reported done",
    ),
    // An incentive policy is an instrument that defines the arrangement.
    (
        "开发区出台招商引资优惠政策,对新落户企业给予租金补贴。",
        "investment",
        2,
        "a regulation that defines the arrangement is 2",
    ),
    // A plan with its mechanism is 2: an event held is a measure.
    (
        "开发区将于5月在深圳举办专场招商推介会,推介重点产业项目。",
        "investment",
        2,
        "a planned 招商推介会 is a concrete measure; plans are 2 at most",
    ),
    // The zone's platform company is often a group.
    (
        "开发区按照“管委会+公司”模式,由管委会负责规划建设,组建开发区发展集团负责园区开发运营。",
        "mgmt_company",
        2,
        "the committee sets up a development group to run the zone",
    ),
    // 一站式 for talent is not the zone's approval service.
    (
        "高新区设立人才一站式服务窗口,为高层次人才提供落户、子女入学等服务。",
        "one_stop",
        0,
        "residents' and talent 一站式 are not evidence",
    ),
    // 区内事区内办: powers handed down to the zone.
    (
        "今年,省政府已向开发区下放152项省级经济管理权限,实现区内事区内办。",
        "one_stop",
        3,
        "下放审批权限 to the zone, reported done with a count",
    ),
    (
        "下一步,将向园区下放更多市级审批权限。",
        "one_stop",
        2,
        "下放 powers as a plan is 2 at most",
    ),
    // Grade 1: a slogan or a task without a mechanism.
    (
        "要做好双招双引项目跟进服务。",
        "investment",
        1,
        "做好双招双引 is a slogan",
    ),
    (
        "深化放管服改革,优化营商环境。",
        "one_stop",
        1,
        "深化放管服 is a task without mechanism",
    ),
    (
        "要持续加大招商引资力度,推动招商引资工作取得新的成效。",
        "investment",
        1,
        "generic 招商引资 with verbs only",
    ),
    (
        "加快剥离社会管理职能,聚焦主责主业。",
        "mgmt_company",
        1,
        "剥离社会事务 named as a task",
    ),
    // Grade 2: a concrete plan or measure; plans are 2 at most.
    (
        "园区剥离社会管理职能,交由属地镇街承担;成立园区投资发展有限公司作为平台公司,承接园区开发建设职能。",
        "mgmt_company",
        2,
        "the arrangement described: the company 承接 (takes over) the development functions",
    ),
    (
        "构建“党工委(管委会)+公司”运营模式,社会事务剥离属地管理。",
        "mgmt_company",
        2,
        "the arrangement described: 构建 sets up the model, like 建立 or 搭建",
    ),
    (
        "建立由管委会领导担任链长、部门牵头的招商工作机制。",
        "investment",
        2,
        "a mechanism with who and what",
    ),
    (
        "将在年内建成审批大厅,实现30项业务集中办理。",
        "one_stop",
        2,
        "将: a plan, even with numbers",
    ),
    (
        "力争通过产业链招商引进项目20个。",
        "investment",
        2,
        "力争 with a mechanism: a plan",
    ),
    (
        "要完成“管委会+公司”改革。",
        "mgmt_company",
        1,
        "要: a task named, not a result",
    ),
    (
        "要推行“管委会+公司”改革,组建开发运营公司。",
        "mgmt_company",
        2,
        "要 with a measure: a plan",
    ),
    // Grade 3: implemented with facts.
    (
        "全年新引进项目42个,其中亿元以上项目18个。",
        "investment",
        3,
        "projects brought in, counted: a result",
    ),
    (
        "成立招商专班,半年来签约项目32个,总投资125亿元。",
        "investment",
        3,
        "done, with counts",
    ),
    (
        "已为14家企业提供帮办代办服务。",
        "one_stop",
        3,
        "已 + counted result",
    ),
    (
        "全面推行全员聘任制,已有120名员工竞聘上岗。",
        "staffing",
        3,
        "done, with counts",
    ),
    // Counts in ten-thousands are counts: 万 stands between digits and unit.
    (
        "今年以来,园区政务服务中心共办理企业事项1.2万件。",
        "one_stop",
        3,
        "done, with a count (1.2万件): 累计/已/完成 + figures is 3",
    ),
    // A firm's product and a dispute centre are not the approval service.
    (
        "某某科技有限公司为客户提供一站式解决方案,产品已销往30多个国家和地区。",
        "one_stop",
        0,
        "a firm's one-stop solution for its customers is a false friend",
    ),
    // Residents' disputes: like residents' 一站式, not evidence.
    (
        "开发区整合信访、司法等力量,建成一站式矛盾纠纷调处化解中心,已化解纠纷126件。",
        "one_stop",
        0,
        "residents' 一站式 (a dispute-mediation centre) is not evidence",
    ),
    // A brand's franchising is not attraction.
    (
        "园区某科技公司面向全国开展招商加盟,已发展加盟商120家。",
        "investment",
        0,
        "招商加盟 sells franchises, like a building's tenant 招商",
    ),
    // A job fair's mutual choice fills firms' jobs, not the zone's posts.
    (
        "开发区举办春季人才招聘会,为企业和求职者搭建双向选择平台。",
        "staffing",
        0,
        "staffing is how the zone's posts are held; a job fair's 双向选择 is hiring by firms",
    ),
    // Selecting an auditor or an adviser is procurement.
    (
        "开发区管委会拟选聘常年法律顾问1名。",
        "staffing",
        0,
        "选聘 of a law firm or auditor buys a service; no zone post changes",
    ),
    // Reform on paper: a plan adopted or issued defines the arrangement, 2.
    (
        "开发区党工委会议审议通过了《开发区全员聘任制实施方案》。",
        "staffing",
        2,
        "implementation plans that define the arrangement are 2; adopting one is no reform done",
    ),
    // Reform on paper: a plan issued is not the reform done.
    (
        "市政府出台了《关于推进开发区“管委会+公司”改革的实施方案》。",
        "mgmt_company",
        2,
        "an implementation plan issued (出台了) defines the arrangement: 2, not implemented",
    ),
    // A leader's responsibility for flood control is not attraction.
    (
        "会议要求,实行领导包保责任制,落实防汛包保责任,确保园区安全度汛。",
        "investment",
        0,
        "包保 for flood control assigns no attraction work; no 招商 mechanism",
    ),
    // Liaisons for other duties carry no firm's paperwork.
    (
        "会议要求,各部门确定1名信息联络员,负责信息报送工作。",
        "one_stop",
        0,
        "an information liaison is no 帮办代办 for firms",
    ),
    // Signings that bring in no investment: schools, banks, family doctors.
    (
        "开发区举行校企合作签约仪式,5所职业院校与园区20家企业现场签约。",
        "investment",
        0,
        "school-enterprise cooperation signs no investment project",
    ),
    // A bank's credit line is financing, not attraction.
    (
        "开发区与某银行举行战略合作签约仪式,银行将为园区企业提供意向授信200亿元。",
        "investment",
        0,
        "a bank's credit agreement is no 招商引资 result or mechanism",
    ),
    // A product fair sells goods; it promotes no investment.
    (
        "开发区组织辖区12家食品企业参加全省农产品推介会,现场销售额达120万元。",
        "investment",
        0,
        "a product or tourism 推介会 is marketing to consumers, not 招商推介",
    ),
    // 一件事 in plain prose is not the one-thing reform.
    (
        "上任后的第一件事,新任管委会主任就深入园区企业走访调研。",
        "one_stop",
        0,
        "第一件事 is plain prose, no approval service",
    ),
    // Criticism: a reform in name only is a problem, at most 1.
    (
        "一些开发区虽然挂牌成立了开发运营公司,但“管委会+公司”改革流于形式,公司与管委会仍是两块牌子、一套人马。",
        "mgmt_company",
        1,
        "a problem found (流于形式) is no reform in place; naming it is at most 1",
    ),
    // 赋权 of research results is no power handed to the zone.
    (
        "高新区在5家科研院所开展职务科技成果赋权改革试点,赋予科研人员职务科技成果所有权。",
        "one_stop",
        0,
        "赋权 in the codebook is 下放审批权限 to the zone; researchers' ownership is a false friend",
    ),
    // Public-welfare jobs are an employment programme, not the zone's posts.
    (
        "开发区落实公益性岗位管理制度。",
        "staffing",
        0,
        "公益性岗位 are jobs for the hard-to-employ, no staffing reform of the zone",
    ),
    // A client firm the committee signs with is not the zone's company.
    (
        "3月12日,开发区管委会与某某新材料有限公司签订投资协议,该公司将在园区设立华东生产基地,总投资20亿元。",
        "mgmt_company",
        0,
        "a client firm is not evidence, whatever it sets up",
    ),
    // Firms weeded out by an efficiency evaluation are not staff.
    (
        "开发区对规上工业企业开展亩均效益综合评价,倒逼低效企业优胜劣汰,腾出土地320亩。",
        "staffing",
        0,
        "末位淘汰 and 优胜劣汰 are of the zone's staff; firms sorted by 亩均 are not",
    ),
    // Residents' windows and helpers serve residents, not firms.
    (
        "开发区社会事务服务中心设立老年人办事专窗,为辖区老年人提供帮办服务,今年以来已服务老年人860人次。",
        "one_stop",
        0,
        "专窗 counts for firms; residents' services are not evidence",
    ),
    // A client firm's own upgrading or restructuring is no company the committee sets up.
    (
        "开发区管委会指导某某科技有限公司完成股份制改制,企业已进入上市辅导期。",
        "mgmt_company",
        0,
        "a client firm is not evidence: its shareholding reform is no platform company",
    ),
    // A client firm's upgrading is no act of the committee's company.
    (
        "开发区管委会积极推动某某化工有限公司转型升级,建设智能化生产线。",
        "mgmt_company",
        0,
        "a client firm is not evidence: 转型升级 is the firm's, not a platform company's 转型",
    ),
    // A hiring notice's paperwork is the hired person's own.
    (
        "公示期满无异议的,请拟聘用人员于5月20日前到开发区组织人事部办理相关手续。",
        "one_stop",
        0,
        "no one carries a firm's paperwork: not 帮办代办",
    ),
    // 引资 read across 吸引资金 is financing works, not attraction.
    (
        "开发区通过PPP模式吸引社会资金参与园区道路和管网建设,去年吸引资金15亿元。",
        "investment",
        0,
        "funds drawn into infrastructure are financing, not 招商引资",
    ),
    // A marketplace recruiting sellers is not attraction.
    (
        "开发区电商产业园组织12家企业参加天猫平台招商会,帮助企业开设网店。",
        "investment",
        0,
        "a marketplace's merchant 招商 is like a mall letting its shops",
    ),
    // Plans with a number but no mechanism: the codebook's yearly target.
    (
        "今年将完成注册外资7500万美元。",
        "investment",
        1,
        "a target, no mechanism",
    ),
    // Problem lists and inspections: at most 1.
    (
        "审计发现的主要问题:未严格执行招商考核办法,招商专班运行不到位。",
        "investment",
        1,
        "a problem list",
    ),
    (
        "巡察发现,园区审批服务一站式办理不到位。",
        "one_stop",
        1,
        "an inspection finding",
    ),
    // A negation is no evidence of the reform in place.
    (
        "尚未推行全员聘任制。",
        "staffing",
        0,
        "negated in its clause",
    ),
    // Study tours report what others do.
    (
        "赴先进园区学习考察,参观了当地一站式服务中心。",
        "one_stop",
        1,
        "what a study tour saw",
    ),
    // False friends.
    (
        "招商银行为园区企业提供贷款。",
        "investment",
        0,
        "a bank's name",
    ),
    (
        "招商局集团与市政府签订战略合作协议。",
        "investment",
        0,
        "a company's name",
    ),
    (
        "广场地下室面向商户招商,铺位免租一年。",
        "investment",
        0,
        "tenant leasing",
    ),
    (
        "打造集超市、餐饮于一体的一站式商业综合体。",
        "one_stop",
        0,
        "a mall's 一站式",
    ),
    (
        "病人在一站式服务站登记。",
        "one_stop",
        0,
        "a hospital's registration",
    ),
    (
        "医院实行中层干部竞聘上岗。",
        "staffing",
        0,
        "a hospital's appointments",
    ),
    (
        "抢抓政策窗口期。",
        "one_stop",
        0,
        "窗口期 is timing, not a window",
    ),
    (
        "本园区写字楼面向社会公开招商,欢迎企业入驻。",
        "investment",
        0,
        "a building's tenant 招商 (leasing)",
    ),
    (
        "园区提供一站式物业服务。",
        "one_stop",
        0,
        "a building's property service, not an approval service",
    ),
    (
        "支行实行绩效考核,员工竞聘上岗。",
        "staffing",
        0,
        "a bank's own staff",
    ),
    // The zone's own company by its name, with no 管委会 in the sentence.
    (
        "开发区组建开发运营公司,实行市场化运作,全年签约项目30个。",
        "mgmt_company",
        3,
        "a platform or operating company (开发运营公司) taking over development, done with facts; its signings are the company's work, not a client's",
    ),
    // A firm evaluation voids staffing only through its own words.
    (
        "开发区建立以服务园区企业为导向的绩效考核体系,考核结果与绩效工资挂钩,已兑现绩效奖励。",
        "staffing",
        3,
        "绩效考核 tied to pay, done; the firms the staff serve are no evaluation of firms",
    ),
    // 将 before a count is 把: the act is reported, not planned.
    (
        "今年3月,开发区将17项社会事务移交属地街道。",
        "streamlining",
        3,
        "social affairs handed over, dated and counted: 将 here is 把, not the future",
    ),
    (
        "开发区将于2025年底前将17项社会事务移交属地街道。",
        "streamlining",
        2,
        "the future 将 (将于…底前) still makes the same handover a plan",
    ),
    // The committee signing with its own company or its funder is the reform itself.
    (
        "开发区管委会与市国资委签署协议,出资组建开发区投资发展有限公司,负责园区开发建设和运营。",
        "mgmt_company",
        2,
        "the committee sets up its development company; signing with its funder makes no client firm",
    ),
    (
        "开发区管委会与新组建的园区开发运营有限公司签订授权经营协议,明确由公司负责园区开发建设和招商运营。",
        "mgmt_company",
        2,
        "an operating company taking over development under the committee's authorisation",
    ),
    (
        "开发区管委会与某某科技有限公司签订战略合作协议,双方将共同设立研发中心。",
        "mgmt_company",
        0,
        "a client firm is not evidence: a strategic cooperation agreement names it",
    ),
    // A job fair voids staffing in its own clause: a summary may report both.
    (
        "全年完成干部人事制度改革,42名干部竞聘上岗;举办招聘会15场,帮助企业招工3200人。",
        "staffing",
        3,
        "the zone's staff competed for posts, counted; the job fair is another clause's matter",
    ),
    (
        "开发区人社分局举办春风行动招聘会,56家企业与求职者现场双向选择,达成就业意向800余人。",
        "staffing",
        0,
        "a job fair's 双向选择 between firms and job seekers is no staffing of the zone",
    ),
    // An efficiency evaluation of firms voids staffing in its own clause.
    (
        "深化“亩均论英雄”改革,处置低效用地1200亩;推行全员聘任制,86名干部竞聘上岗。",
        "staffing",
        3,
        "the zone's staff appointed and competing for posts, counted; the 亩均 reform is another clause's",
    ),
    (
        "开发区对亩均效益评价靠后的企业实行末位淘汰,倒逼企业转型。",
        "staffing",
        0,
        "末位淘汰 of firms ranked by 亩均 is no staffing",
    ),
    // A third party that runs the zone's own evaluation is no procurement.
    (
        "开发区引入第三方机构对全体工作人员开展绩效考核,考核结果与绩效工资挂钩。",
        "staffing",
        2,
        "绩效考核 of the zone's staff tied to pay, a measure; the third party only runs it",
    ),
    (
        "开发区公开选聘第三方机构开展园区规划评估。",
        "staffing",
        0,
        "选聘 of a third party buys a service; no zone post changes",
    ),
    // A window that serves firms and residents alike is the firms' service too.
    (
        "政务服务中心开设退役军人和企业开办综合窗口,已办理企业开办业务320件。",
        "one_stop",
        3,
        "a window for firms (企业开办), done with a count; veterans served at it too make it no residents' window only",
    ),
    (
        "便民服务中心为老年人、残疾人等特殊群体提供帮办代办服务。",
        "one_stop",
        0,
        "helpers for the elderly and the disabled are residents' services, not evidence",
    ),
    // Safety and epidemic control void a leader's 包保 in their own clause only.
    (
        "开发区统筹疫情防控和项目建设,实行重点项目领导包保,32个在建项目全部复工。",
        "investment",
        3,
        "the codebook's 项目推进机制: leaders answer for key projects, done with a count",
    ),
    (
        "开发区落实安全生产领导包保责任制,对重点企业开展隐患排查。",
        "investment",
        0,
        "包保 for workplace safety assigns no attraction work",
    ),
    // A planning notice's 公示期 and a project's 报到 are no hiring notice.
    (
        "开发区对入园项目实行全程代办,规划公示期由30天压缩至7天,已为56家企业代办各类手续320件。",
        "one_stop",
        3,
        "帮办代办 for firms, done with counts; the planning notice period is a project's, not a hire's",
    ),
    (
        "开发区推行新落户项目“报到即服务”,项目管家全程帮办代办,已服务项目86个。",
        "one_stop",
        3,
        "帮办代办 for new projects, done with a count; a project reporting in is no hire reporting for work",
    ),
    (
        "被录用人员请于6月1日到管委会人事处报到,并办理相关手续。",
        "one_stop",
        0,
        "the people hired complete their own paperwork: not 帮办代办",
    ),
    // Criticism a reform answers caps only its own clause and what stands before it.
    (
        "针对过去人事改革不彻底的问题,开发区全面推行全员聘任制,42名干部竞聘上岗,打破了“铁饭碗”。",
        "staffing",
        3,
        "the reform done with a count; the problem it answers is named before it",
    ),
    (
        "坚持真考实评,竞聘上岗不走过场,全年共有42名干部竞聘上岗。",
        "staffing",
        3,
        "competition for posts done, counted; 不走过场 keeps it honest, it finds no problem",
    ),
    (
        "部分开发区剥离社会事务不彻底,仍承担大量社会事务。",
        "mgmt_company",
        1,
        "a shortfall found (不彻底) is no reform in place; naming it is at most 1",
    ),
    // Online shops void attraction in their clause; a marketplace's recruitment fair is excluded.
    (
        "开发区电商产业园招商专班已引进电商企业42家,带动开设网店600余家。",
        "investment",
        3,
        "招商专班 done with a count; the shops the firms open are another clause's",
    ),
    (
        "开发区组织12家电商企业参加京东平台招商会。",
        "investment",
        0,
        "a marketplace recruiting sellers is like a mall letting its shops, not 平台招商",
    ),
    // Issued and put in force: 已 reaches the second verb.
    (
        "开发区已制定并全面实施全员聘任制,打破干部身份界限。",
        "staffing",
        3,
        "completion plainly said (已…实施): prefer 3",
    ),
    (
        "开发区已制定并印发《全员聘任制实施方案》。",
        "staffing",
        2,
        "a plan issued defines the arrangement: 2",
    ),
    // An investment agreement signed with a firm is a signed project.
    (
        "近日,开发区管委会与某某新能源科技有限公司签订投资协议,该公司投资20亿元的电池材料项目落户开发区。",
        "investment",
        3,
        "a signed project with its amount is an attraction result",
    ),
    // 成功 in a reward policy's condition is no result.
    (
        "开发区建立以商招商奖励机制,对引荐成功的企业给予奖励。",
        "investment",
        2,
        "a mechanism defined (以商招商 with rewards); the success is the reward's condition, not a reported result",
    ),
    // Development functions listed and closed by 等 are handed to the company all the same.
    (
        "2022年,开发区组建投资发展集团有限公司,已将园区开发建设、招商运营等职能整体划转至集团公司。",
        "mgmt_company",
        3,
        "the platform company takes over the zone's development functions, done",
    ),
    // The span of a steward's service from a project's signing reports no signing.
    (
        "开发区推行项目管家制度,从签约到投产全程服务。",
        "investment",
        0,
        "no attraction mechanism or result: 从签约到投产 is when the service runs",
    ),
    // A context word inside a longer word is not the context word.
    (
        "开发区推行全员聘任制,今年引进高校毕业生32名,与全体人员签订聘用合同。",
        "staffing",
        3,
        "the graduates a zone hires (高校毕业生) are no university's own staffing (高校)",
    ),
    (
        "某高校实行全员聘任制,教师竞聘上岗。",
        "staffing",
        0,
        "a university's own appointment reform is not evidence",
    ),
    // Handing functions over: to townships, to the zone's company.
    (
        "开发区把社会事务移交属地乡镇管理,实现管委会“轻装上阵”。",
        "mgmt_company",
        2,
        "handing social affairs to the townships (移交) is the arrangement itself, a measure",
    ),
    (
        "开发区做好社会事务移交工作。",
        "mgmt_company",
        1,
        "a handover task to do well (做好…移交工作) names no arrangement",
    ),
    (
        "管委会主要负责规划建设、招商引资和企业服务,开发运营交由公司市场化运作。",
        "mgmt_company",
        2,
        "development handed to a company (交由公司) beside the committee's duties is the model",
    ),
    (
        "园区基础设施建设、资产管理等事务全部交由平台公司承担。",
        "mgmt_company",
        2,
        "the zone's works handed to its platform company (交由平台公司)",
    ),
    (
        "开发区将园区绿化养护交由专业公司负责。",
        "mgmt_company",
        0,
        "a service contracted out to a trade's company is no governance reform",
    ),
    (
        "高新区将按照“小管委会、大公司”的思路,推动开发运营职能向公司转移。",
        "mgmt_company",
        2,
        "the small-committee, big-company model, and development functions moved to a company",
    ),
    (
        "开发区积极承接产业转移,今年引进项目12个。",
        "mgmt_company",
        0,
        "industry moving in (产业转移) hands no function to a company",
    ),
    (
        "开发区组建了3家专业化园区运营公司,分别负责招商运营、资产管理和产业投资。",
        "mgmt_company",
        3,
        "the zone's park operating companies (园区运营公司) set up, counted",
    ),
    // A company merely used for financing.
    (
        "开发区平台公司通过发行企业债券融资12亿元,用于标准厂房建设。",
        "mgmt_company",
        0,
        "the zone's company issuing bonds is financing, not evidence",
    ),
    (
        "开发区平台公司获得国家开发银行授信30亿元。",
        "mgmt_company",
        0,
        "a credit line for the zone's company is financing, not evidence",
    ),
    (
        "开发区组建开发运营公司,负责园区开发建设和投融资,公司已累计争取银行贷款50亿元。",
        "mgmt_company",
        3,
        "the company set up for development stands; its loans void only their own clause",
    ),
    // One-stop service under the names zones give it.
    (
        "开发区推行“承诺即开工”,企业签署承诺书后即可开工建设,已有15个项目受益。",
        "one_stop",
        3,
        "承诺即开工 is the codebook's 告知承诺: a promise instead of prior approval",
    ),
    (
        "开发区建立“首席服务官”制度,为重点企业提供“一对一”服务。",
        "one_stop",
        2,
        "an official assigned to a firm (首席服务官) is its steward, as 帮办代办",
    ),
    (
        "开发区某物流园为客户提供一站式仓储配送服务。",
        "one_stop",
        0,
        "a logistics firm's one-stop storage for its customers serves no firm's approvals",
    ),
    (
        "开发区实行“一个项目、一名领导、一个专班”服务机制。",
        "investment",
        2,
        "a leader and a task force for each project is the codebook's 项目推进机制",
    ),
    // Round 4 (news): meeting reports, leaders' visits and speeches, briefs and
    // signing news. A trial run or a start is a measure put in hand.
    (
        "开发区政务服务中心将于下月起试行“一窗受理”,企业事项统一由综合窗口收件。",
        "one_stop",
        2,
        "a plan with its arrangement (试行 一窗受理, one window that takes the files)",
    ),
    (
        "开发区计划于下半年启动中层干部竞争上岗。",
        "staffing",
        2,
        "a plan: the zone's middle managers to compete for posts",
    ),
    // 启动 in a zone's start-up area is a place, not a measure.
    (
        "开发区起步区、启动区均建有政务服务站。",
        "one_stop",
        1,
        "a service station named, no arrangement described (启动区 is a place)",
    ),
    // 已 before a 将 used as 把 is a done act, not a plan that blocks the results after it.
    (
        "开发区已将园区开发建设职能划转至集团公司;推行全员聘任制,全区96名工作人员全部签订聘任合同。",
        "staffing",
        3,
        "done with a count (96名…全部签订聘任合同); 已将 is 已 + 把, no future",
    ),
    // A decision in principle is not yet in force; the act reported after it is.
    (
        "市政府常务会议原则同意向开发区下放市级经济管理权限48项。",
        "one_stop",
        2,
        "a decision in principle to hand powers down: a plan, the count is its object",
    ),
    (
        "经市政府常务会议原则同意,首批48项市级经济管理权限已下放开发区。",
        "one_stop",
        3,
        "the powers handed down, reported done (已下放, 48项)",
    ),
    // A meeting that deliberated a plan (审议了) adopted no result.
    (
        "党工委会议审议了《开发区一站式服务改革方案》。",
        "one_stop",
        2,
        "a plan on paper, deliberated: the codebook's 2",
    ),
    (
        "党工委会议审议了一季度工作,开发区“一窗受理”已累计办件3200件。",
        "one_stop",
        3,
        "a result reported in the same sentence still counts",
    ),
    // A deadline by the day is a plan, like 年底前; a date followed by 前往/前来 is none.
    (
        "开发区推行全员聘任制,于6月30日前完成全员竞聘上岗。",
        "staffing",
        2,
        "a deadline (6月30日前完成) is a plan",
    ),
    (
        "开发区招商小分队3月15日前往深圳开展驻点招商,已签约项目6个,总投资12亿元。",
        "investment",
        3,
        "15日前往 is a date and a journey, not a deadline: the signings are done",
    ),
    (
        "日前,开发区完成全员竞聘上岗,42名干部走上新岗位。",
        "staffing",
        3,
        "日前 alone is 'recently': done, with a count",
    ),
    // The topic of a report heard (推进情况) is no measure.
    (
        "党工委会议听取了“管委会+公司”改革推进情况汇报。",
        "mgmt_company",
        1,
        "the reform named as the topic of a report, no arrangement",
    ),
    (
        "会议听取了全员聘任制推行情况汇报,全区86名工作人员已全部竞聘上岗。",
        "staffing",
        3,
        "the result reported with the topic still counts",
    ),
    // What a visiting leader looked at (察看了) is not a result.
    (
        "调研组在开发区企业服务中心察看了展板。",
        "one_stop",
        1,
        "a service centre named as the place of a visit",
    ),
    (
        "市领导察看了开发区企业开办专窗,该专窗今年已办理企业开办业务420件。",
        "one_stop",
        3,
        "the window's own result, with a count",
    ),
    // A leader's directive to press on with a reform names it as a task (like 深化放管服).
    (
        "市委书记要求,开发区要推进“管委会+公司”改革。",
        "mgmt_company",
        1,
        "a directive naming the model without an arrangement",
    ),
    (
        "会议强调,要持续深化人事薪酬制度改革。",
        "staffing",
        1,
        "a task listed without a mechanism",
    ),
    (
        "会议要求,要推进“管委会+公司”改革,年内组建开发运营公司。",
        "mgmt_company",
        2,
        "a directive with its arrangement (组建开发运营公司): a plan",
    ),
    (
        "要深化人事制度改革,推行全员聘任制,实行竞争上岗。",
        "staffing",
        2,
        "a directive with its mechanisms (全员聘任制, 竞争上岗): a plan",
    ),
    // Matters moved into the window are the arrangement of a plan.
    (
        "要深化“一窗受理”改革,年内实现企业事项全部进驻综合窗口。",
        "one_stop",
        2,
        "a directive with its arrangement (企业事项全部进驻综合窗口): a plan",
    ),
    // The zone's company taking the development functions over (承接) without 管委会 in the sentence.
    (
        "开发区组建投资发展集团有限公司,承接园区基础设施建设和资产运营职能,集团资产总额已达56亿元。",
        "mgmt_company",
        3,
        "a platform company takes over the zone's operating functions, done with a figure",
    ),
    // 先后 of a visit's stops is no result; 先后 of the zone's own acts still is.
    (
        "调研组一行先后来到开发区政务服务中心和企业服务中心。",
        "one_stop",
        1,
        "service centres named as a visit's stops",
    ),
    (
        "开发区先后设立企业服务专窗5个,累计办件1800件。",
        "one_stop",
        3,
        "the zone's own windows set up, with counts",
    ),
    // Round 4 (controls): pages where the rubric's words serve customers, residents or events, not the zone's reform.
    // A bank's, a logistics firm's one-stop service for its customers is no approval service.
    (
        "招商银行驻开发区网点为园区企业提供开户、结算、融资等一站式金融服务。",
        "one_stop",
        0,
        "a bank's 一站式金融服务 is a false friend",
    ),
    (
        "园区物流企业为进出口客户提供报关、仓储、配送一站式物流服务。",
        "one_stop",
        0,
        "a resident firm's 一站式 for its customers",
    ),
    (
        "开发区政务服务中心设立金融服务专区,推行企业开办一站式办理,全年办理企业开办业务860件。",
        "one_stop",
        3,
        "the zone's one-stop business start-up next to a finance counter still counts, done with a count",
    ),
    // A hospital's out-patients and a property's sales are consumers.
    (
        "市人民医院开发区院区在门诊大厅设立一站式服务中心,集中办理入院登记和医保结算。",
        "one_stop",
        0,
        "a hospital's 一站式 for patients is a false friend",
    ),
    (
        "该商业项目招商去化率已达80%。",
        "investment",
        0,
        "招商去化 is a property's leasing and sales, not attraction",
    ),
    // Villagers, students, people tested, litigants and workers served in one stop are not firms.
    (
        "某某村便民服务站为村民代办养老保险认证和医保缴费。",
        "one_stop",
        0,
        "a village's agency service for villagers is residents' service",
    ),
    (
        "大学园区推进“一站式”学生社区建设,辅导员全部入驻学生公寓。",
        "one_stop",
        0,
        "a university's 一站式学生社区 is no approval service",
    ),
    (
        "园区设立3个“一站式”核酸采样点,为企业员工提供免费采样。",
        "one_stop",
        0,
        "testing points for staff are no approval service",
    ),
    (
        "开发区法院诉讼服务中心实现立案、缴费、调解一站式办理。",
        "one_stop",
        0,
        "a court's one-stop litigation service is a false friend",
    ),
    (
        "工业园区总工会为一线职工提供休息、饮水、维权咨询等“一站式”服务,已有2800余名职工受益。",
        "one_stop",
        0,
        "a union's rest stop for workers is no approval service",
    ),
    (
        "开发区政务服务中心为企业和居民提供一站式服务,全年办件3.2万件。",
        "one_stop",
        3,
        "a hall for firms and residents alike is the firms' one-stop service, done",
    ),
    (
        "开发区为村民和企业提供帮办代办服务,已代办事项450件。",
        "one_stop",
        3,
        "agency service for villagers and firms alike counts, done",
    ),
    (
        "某某村便民服务中心整合社保、医保等12项服务事项。",
        "one_stop",
        0,
        "a village's service centre serves its residents",
    ),
    (
        "开发区便民服务中心为企业代办营业执照120件。",
        "one_stop",
        3,
        "the zone's own service centre serving firms, done",
    ),
    // A school's pay plan names its teachers otherwise.
    (
        "奖励性绩效工资分配坚持多劳多得、优绩优酬,向班主任和教学一线倾斜。",
        "staffing",
        0,
        "a school's performance pay is not the zone's staffing",
    ),
    // Sales called 招商: dealers, booths, sponsorship.
    (
        "园区企业某某厨电举办年度渠道招商会,与58家代理商签订经销合同。",
        "investment",
        0,
        "a resident firm recruiting dealers is its own sales",
    ),
    (
        "博览会展位招商进展顺利,已有320家企业报名参展。",
        "investment",
        0,
        "an expo selling booths brings no investment",
    ),
    (
        "高新区半程马拉松面向社会开展赛事冠名及赞助招商。",
        "investment",
        0,
        "a race selling sponsorship brings no investment",
    ),
    (
        "开发区借博览会开展产业链招商,现场签约项目18个,总投资96亿元。",
        "investment",
        3,
        "attraction at an expo still counts, signed projects with amounts",
    ),
    (
        "开发区推行以商招商,通过龙头企业的经销商引进配套企业5家。",
        "investment",
        3,
        "以商招商 through a firm's dealers still counts, done",
    ),
    // A leader's 包保 is attraction only where the sentence names projects or investors.
    (
        "经开区实行班子成员包保责任制,每名班子成员包保3家重点企业的安全隐患排查。",
        "investment",
        0,
        "包保 of firms' safety assigns no attraction work",
    ),
    (
        "开发区实行领导包保制度,每名班子成员包保3家企业的疫情防控工作。",
        "investment",
        0,
        "包保 of firms' epidemic control assigns no attraction work",
    ),
    (
        "开发区对招商引资重点项目实行领导包保责任制,全年32个项目全部开工。",
        "investment",
        3,
        "a project mechanism of attraction, done",
    ),
    (
        "开发区对重点客商实行领导包保责任制,一名领导包保一家客商。",
        "investment",
        2,
        "包保 of investors is a mechanism of attraction",
    ),
    // A bureau named as the organiser of a staff event is a name; a civility honour too.
    (
        "本届职工运动会由开发区工会主办、投资促进局承办,1200余名职工参赛。",
        "investment",
        1,
        "the investment bureau named as the organiser of a sports meet: a name",
    ),
    (
        "开发区招商局党支部组织开展无偿献血活动,56人参加。",
        "investment",
        1,
        "the investment bureau's blood drive: a name",
    ),
    (
        "开发区投资促进局全年签约项目42个,总投资180亿元;局党支部组织开展无偿献血活动,30人参加。",
        "investment",
        3,
        "the bureau's results still count next to its blood drive",
    ),
    (
        "开发区举办职工运动会,并推行全员聘任制,42名干部竞聘上岗。",
        "staffing",
        3,
        "the zone's competition for posts still counts next to its sports meet",
    ),
    (
        "开发区政务服务中心综合窗口荣获省级“青年文明号”称号。",
        "one_stop",
        1,
        "an honour names the hall's window; no reform reported",
    ),
    (
        "开发区推行一窗受理,全年办件3.2万件,政务服务中心荣获省级青年文明号。",
        "one_stop",
        3,
        "the one-window reform done still counts next to the honour",
    ),
    // Round 4 (formal): policy and administrative documents (办法 with numbered
    // articles, 考核办法 with scoring items, 印发通知, hiring notices).
    // A scoring item's rate is no result; a rate reported with its figure is.
    (
        "开发区实行招商考核,以招商引资任务完成率计分。",
        "investment",
        2,
        "a scoring item of the 招商考核 mechanism: 完成率 is what is scored, not a completion",
    ),
    (
        "今年招商引资任务完成率达到112%,签约项目42个。",
        "investment",
        3,
        "the rate reported with its figure, and projects signed",
    ),
    // Per-unit scoring and reward rules are rules, not counts of results.
    (
        "开发区实行招商考核,每签约1个亿元以上项目得2分。",
        "investment",
        2,
        "a scoring rule of the 招商考核 mechanism: 1个 is the unit scored",
    ),
    (
        "今年以来,开发区新引进项目42个,每引进1个项目均配备1名项目管家。",
        "investment",
        3,
        "the count of projects brought in stands before the per-unit rule",
    ),
    // A hiring notice's probation is a term of the contract.
    (
        "被聘用人员实行全员聘任制管理,聘期3年,试用期6个月。",
        "staffing",
        2,
        "the appointment system defined; 6个月 of probation is no count of results",
    ),
    (
        "开发区实行全员聘任制,已有86名干部竞聘上岗,试用期满考核合格后正式聘任。",
        "staffing",
        3,
        "done with a count, before the probation is named",
    ),
    // A document adopted by a meeting and handed down is the reform on paper.
    (
        "《开发区招商引资考核办法》已经管委会第5次主任办公会议研究同意,现印发给你们。",
        "investment",
        2,
        "a 招商考核 办法 adopted: the reform on paper; 已 and the meeting's number are no results",
    ),
    (
        "《开发区全员聘任制实施方案》经党工委会议审议通过,86名干部已竞聘上岗。",
        "staffing",
        3,
        "the plan adopted, and its result reported in the next clause",
    ),
    // The amount or rate of a reward rule is what the policy pays.
    (
        "对引荐项目落地的中介人,按实际到位资金给予一次性奖励20万元。",
        "investment",
        2,
        "a reward rule (以商招商-style incentive): 20万元 is what it pays, not a result",
    ),
    (
        "全年新签约项目42个,总投资156亿元,对引荐成功的中介人给予奖励。",
        "investment",
        3,
        "signed projects with amounts, in a clause before the reward rule",
    ),
    (
        "对引进项目的中介人,按实际到位资金的1%给予奖励。",
        "investment",
        2,
        "a reward rule: the project brought in is its condition, 1% its rate",
    ),
    (
        "开发区推行以商招商,去年对5家引荐项目的企业给予奖励共计60万元。",
        "investment",
        3,
        "以商招商 at work: rewards paid last year, with counts",
    ),
    // A signing as the time a rule starts from reports no signing.
    (
        "代办员应当在项目签约后3个工作日内与企业对接。",
        "investment",
        0,
        "no attraction: 项目签约后 is when the steward's service starts",
    ),
    (
        "开发区集中签约项目12个,签约后均已开工建设。",
        "investment",
        3,
        "projects signed, counted",
    ),
    // A post named in a recruitment notice is a post, not attraction.
    (
        "招聘岗位:综合管理岗8名,招商服务岗5名。",
        "investment",
        0,
        "posts to fill (招商服务岗) in a hiring notice: no attraction",
    ),
    (
        "开发区组建招商专班,设立专职招商岗位30个,全年引进项目42个。",
        "investment",
        3,
        "an attraction team with its results",
    ),
    // A person assigned to the task is the mechanism; a designated place is not.
    (
        "由企业服务局指定项目管家,为企业提供全程帮办代办服务。",
        "one_stop",
        2,
        "a steward assigned by a named bureau: who and what, a measure",
    ),
    (
        "企业在指定地点办理帮办代办手续。",
        "one_stop",
        1,
        "帮办代办 named, no arrangement: 指定地点 is a place",
    ),
    // An evaluation's weight is what an item counts for, not a result.
    (
        "开发区实行招商考核,招商引资指标权重占40%。",
        "investment",
        2,
        "the 招商考核 mechanism with its weight: 40% is no result",
    ),
    (
        "提高招商引资在综合考核中的权重,全年新签约项目42个,总投资156亿元。",
        "investment",
        3,
        "a weight named without its figure leaves the signed projects after it",
    ),
    // Round 5 (cases): case write-ups, commentary, research reviews and
    // reports to higher levels.
    // A research review reports what scholars wrote about zones in general.
    (
        "部分研究者对开发区“管委会+公司”模式进行了比较分析。",
        "mgmt_company",
        1,
        "scholars' study of the model is no zone's reform: a mention",
    ),
    (
        "开发区在专家学者指导下于去年组建开发运营公司,当年完成园区基础设施投资12亿元。",
        "mgmt_company",
        3,
        "experts the zone invited leave its own company standing",
    ),
    // An expert's suggestion to zones in general names a task, not a zone's plan.
    (
        "专家建议,开发区可探索基金招商、以商招商等方式,完善招商考核机制。",
        "investment",
        1,
        "advice to zones in general is a mention, though its verbs read as a plan",
    ),
    (
        "开发区采纳专家建议,组建产业链招商专班,今年已签约项目26个。",
        "investment",
        3,
        "a zone acting on advice reports its own mechanism and results",
    ),
    (
        "调研中,他建议开发区组建产业链招商专班,实行项目包保。",
        "investment",
        2,
        "a visiting leader's suggestion with its arrangement is a plan, like a directive",
    ),
    // Round 5 (staffing): staffing and investment one sentence at a time, in the
    // forms zone texts write them (雇员制, 职员制, 年薪制, 薪酬包干, 落地项目,
    // 首谈负责制, 招商联络处...) and their false friends (state firms' managers,
    // 签约率, vocational colleges, appointments naming a bureau, targets).
    (
        "开发区全面实行雇员制,工作人员与管委会签订雇员合同。",
        "staffing",
        2,
        "雇员制, staff employed by contract under the zone's own name for it, is appointment reform",
    ),
    (
        "管委会工作人员实行职员制,按职员等级确定待遇。",
        "staffing",
        2,
        "职员制 grades the zone's staff by post, not by civil-service rank",
    ),
    (
        "开发区实行人员总量控制,编外人员只减不增。",
        "staffing",
        2,
        "a total of staff held by the zone is its 编制 reform",
    ),
    (
        "开发区对中层干部开展聘期考核,考核不合格的不再续聘。",
        "staffing",
        2,
        "the review at the end of a term is the codebook's 聘期制 at work",
    ),
    (
        "开发区领导班子成员实行年薪制,年薪与年度考核结果挂钩。",
        "staffing",
        2,
        "an annual salary set by appraisal is the codebook's 绩效薪酬",
    ),
    (
        "开发区推行薪酬包干,在核定总额内由各部门自主分配。",
        "staffing",
        2,
        "a pay budget the committee shares out is pay reform",
    ),
    (
        "开发区坚持考核结果与薪酬挂钩,全年发放绩效奖金860万元。",
        "staffing",
        3,
        "appraisal tied to pay, paid out with a sum, is 绩效薪酬 done",
    ),
    (
        "开发区领导班子实行年薪制,3名班子成员年薪已按考核结果兑现。",
        "staffing",
        3,
        "the annual salary paid by appraisal, reported done with a count",
    ),
    (
        "市属国有企业全面推行经理层成员任期制和契约化管理。",
        "staffing",
        0,
        "a city's state firms reforming their managers' terms are not the zone's staff",
    ),
    (
        "市属国企推行经理层任期制;开发区推行全员聘任制,86名干部已竞聘上岗。",
        "staffing",
        3,
        "the zone's own reform beside the state firms' is still counted (state_firm voids in its clause)",
    ),
    (
        "开发区平台公司推行经理层成员任期制和契约化管理,3名经理层成员签订了任期合同。",
        "staffing",
        3,
        "the zone's own company is not a city's state firm",
    ),
    (
        "开发区企业劳动合同签约率达到98%。",
        "investment",
        0,
        "a share of contracts signed (签约率) signs no project",
    ),
    (
        "家庭医生签约率达到85%,开发区已累计签约项目12个。",
        "investment",
        3,
        "projects signed beside a 签约率 still count",
    ),
    (
        "开发区新落地项目21个,总投资86亿元。",
        "investment",
        3,
        "projects landed, counted, are an attraction result",
    ),
    (
        "开发区全年实际到位省外资金72亿元。",
        "investment",
        3,
        "funds from outside the province brought in, counted, are an attraction result",
    ),
    (
        "开发区集中开工项目8个,总投资12亿元。",
        "investment",
        0,
        "a groundbreaking is building work, not attraction (开工项目 is not a term)",
    ),
    (
        "开发区推行招商引资首谈负责制,由首谈人跟踪项目至落地。",
        "investment",
        2,
        "首谈负责制 names who answers for a project: a mechanism",
    ),
    (
        "开发区设立驻上海招商联络处,派驻工作人员5名。",
        "investment",
        3,
        "an attraction office in another city is the codebook's 驻外招商, set up with staff counted",
    ),
    (
        "开发区新任命投资促进局局长、副局长各1名。",
        "investment",
        1,
        "an appointment names the bureau; the heads counted are no attraction result",
    ),
    (
        "管委会任命5名招商特使,已引荐项目9个。",
        "investment",
        3,
        "envoys appointed are the mechanism at work (任命 alone caps nothing)",
    ),
    (
        "开发区成立招商专班,年度目标:新引进项目20个。",
        "investment",
        2,
        "a target under its heading is a plan, 2 at most",
    ),
    (
        "超额完成年度目标,全年签约项目42个,总投资210亿元。",
        "investment",
        3,
        "a target met, with results, is still achieved",
    ),
    (
        "开发区与某某技师学院签约,共建产业工人实训基地。",
        "investment",
        0,
        "a vocational college placing its students signs no project",
    ),
    (
        "开发区与某某职业技术学院签约,共建实训基地;同日签约新能源项目3个,总投资12亿元。",
        "investment",
        3,
        "a project signed beside the college's agreement still counts",
    ),
    (
        "开发区干部管理激励不足,人员能进不能出。",
        "staffing",
        1,
        "the problem a staffing reform answers, named as such, is the codebook's problem list: a mention",
    ),
    (
        "针对干部能上不能下的问题,开发区推行竞聘上岗,42名干部竞聘上岗。",
        "staffing",
        3,
        "the reform reported after the problem it answers still counts",
    ),
    (
        "开发区要全面推行全员聘任制。",
        "staffing",
        1,
        "a directive to carry out a reform names a task, not an arrangement",
    ),
    (
        "开发区要大力实施产业链招商。",
        "investment",
        1,
        "a directive to carry out a mechanism names a task, not an arrangement",
    ),
    (
        "开发区要大力实施产业链招商,组建6个产业链招商专班。",
        "investment",
        2,
        "an arrangement named after the directive still counts",
    ),
    // The lead's review of rounds 4 and 5: real reform beside their new words.
    (
        "开发区推行一窗受理,全年为企业和群众办件3.2万件,其中住院报销等民生事项1.1万件。",
        "one_stop",
        3,
        "patients named in another clause leave the zone's hall standing (住院 voids its clause only)",
    ),
    (
        "开发区为辖区居民和企业提供一站式服务,全年办件3.2万件。",
        "one_stop",
        3,
        "residents served beside firms (为辖区居民和企业) are no residents-only service",
    ),
    (
        "开发区对试用期满的聘任人员进行考核,全员竞聘上岗后共有86名干部走上新岗位。",
        "staffing",
        3,
        "probation named without its length (试用期满) is no hiring notice's term; the results count",
    ),
    // Round 6, long multi-topic reports: other bodies in a city report, budget
    // lines, next year's plans beside last year's results.
    (
        "今年,开发区公开选聘大学生村官30名,充实基层力量。",
        "staffing",
        0,
        "graduates placed as village officials are a village's staffing, not the zone's",
    ),
    (
        "开发区推行全员聘任制,今年选聘中层干部12名。",
        "staffing",
        3,
        "the zone's own selection of staff still counts (村官 only voids village officials)",
    ),
    (
        "县域医共体全面推行薪酬制度改革,医务人员绩效工资水平提高15%。",
        "staffing",
        0,
        "a county medical group's pay reform is a hospital's, not the zone's",
    ),
    (
        "全市事业单位推行岗位聘任制,2.3万名事业人员完成岗位聘任。",
        "staffing",
        0,
        "the city's public institutions at large are other bodies, not the zone's staff",
    ),
    (
        "开发区事业编制人员推行岗位聘任制,86名人员完成岗位聘任。",
        "staffing",
        3,
        "the zone's own public-institution staff still count",
    ),
    (
        "新建城乡社区“一站式”综合服务中心46个,方便群众就近办事。",
        "one_stop",
        0,
        "a community's one-stop centre for residents is no firms' approval service",
    ),
    (
        "开发区政务服务中心推行“一站式”服务,全年办理企业事项1.2万件。",
        "one_stop",
        3,
        "the zone's one-stop hall for firms still counts",
    ),
    (
        "婚姻登记处开设“一站式”婚俗服务。",
        "one_stop",
        0,
        "a wedding one-stop service is a false friend",
    ),
    (
        "开发区对部门整体支出开展绩效评价,涉及人员经费和公用经费共计3198.7万元。",
        "staffing",
        0,
        "a budget's performance evaluation counts staff costs; no staff appraisal tied to pay",
    ),
    (
        "开发区对全体工作人员开展绩效考核,考核结果与薪酬挂钩,已发放绩效奖金320万元。",
        "staffing",
        3,
        "staff appraisal tied to pay, reported with its figures, still counts",
    ),
    (
        "开发区拟成立园区开发运营有限公司,负责标准厂房建设和运营。",
        "mgmt_company",
        2,
        "a planned operating company by its registered name is a plan with its arrangement",
    ),
    (
        "会议原则同意组建开发区建设运营集团有限公司,由集团公司承担园区开发建设和招商运营职能。",
        "mgmt_company",
        2,
        "a company to take over the zone's development functions, decided in principle, is a plan",
    ),
    (
        "招商引资工作经费650万元,主要用于外出招商和客商接待。",
        "investment",
        1,
        "a budget line names the field of work; the sum is money spent, not a result",
    ),
    (
        "政务服务大厅运行维护支出146.8万元。",
        "one_stop",
        1,
        "a budget line names the hall; its running cost is no result",
    ),
    (
        "对招商引资专项经费开展绩效自评,全年签约项目18个,总投资56亿元。",
        "investment",
        3,
        "a result reported beside a budget line in its own clause still counts",
    ),
    (
        "管委会内设党政办公室、招商局、企业服务局5个机构。",
        "investment",
        1,
        "a bureau named in the list of the committee's bodies is a name; the count is of bodies",
    ),
    (
        "明年上半年,完成开发运营公司市场化转型,公司承接园区全部开发运营职能。",
        "mgmt_company",
        2,
        "next year's work is a plan, 2 at most",
    ),
    (
        "新的一年,开发区在长三角新设2个招商联络处。",
        "investment",
        2,
        "offices planned for the new year are a plan, 2 at most",
    ),
    (
        "年内完成全员聘任制改革,中层干部全部竞争上岗,实行以岗定薪。",
        "staffing",
        2,
        "a work plan's 年内完成 is a deadline, a plan",
    ),
    (
        "今年,开发区完成全员聘任制改革,中层干部全部竞争上岗。",
        "staffing",
        3,
        "completion stated as done this year is achieved",
    ),
    (
        "2020年,开发区行政审批局挂牌运行,实现“一枚印章管审批”。",
        "one_stop",
        3,
        "a bureau opened under its sign on a date is plainly done",
    ),
    (
        "开发区将于年底前设立行政审批局并挂牌运行。",
        "one_stop",
        2,
        "the opening as a plan stays a plan",
    ),
    (
        "深化“放管服”改革、农村集体产权制度改革。",
        "one_stop",
        1,
        "深化放管服 in a list of reforms is a mention; another reform's 制度 binds no mechanism",
    ),
    (
        "深化“放管服”改革,建立审批服务清单制度。",
        "one_stop",
        2,
        "a mechanism bound to approval service still counts",
    ),
    (
        "推行全员绩效考核,将考核结果与年度绩效奖金挂钩,18名工作人员考核结果分档兑现。",
        "staffing",
        3,
        "将 before the evaluation's results is 把, no future marker: the results count",
    ),
    (
        "管委会安排招商引资专项经费2000万元,用于产业链招商。",
        "investment",
        2,
        "an earmarked fund is money set aside, a measure; its sum is no result",
    ),
    (
        "开发区政务服务中心设立综合窗口方便群众和企业办事,全年办件1.2万件。",
        "one_stop",
        3,
        "a hall serving residents beside firms (方便群众和企业) is the firms' service too",
    ),
    (
        "代办服务经费由管委会承担,全年为企业代办手续320件。",
        "one_stop",
        3,
        "agency service paid by the committee is the service itself, not a budget line",
    ),
    (
        "对招商引资工作经费等3个项目设置绩效目标,绩效指标包括签约项目数。",
        "investment",
        1,
        "a budget's performance indicators name what is measured, not a signing",
    ),
    (
        "全县19个乡镇便民服务中心全面实行“马上办”,群众满意度达98%。",
        "one_stop",
        0,
        "a township's hall for its residents is another body's service, not the zone's for firms",
    ),
    (
        "开发区政务服务中心实行“马上办”,全年即办件1.1万件。",
        "one_stop",
        3,
        "the zone's own hall with the same words still counts",
    ),
    (
        "过去一年,管委会将开发建设职能划转至城投集团有限公司。",
        "mgmt_company",
        2,
        "functions transferred to the company are an arrangement (a measure), even where 将 reads as intent",
    ),
    // Notices and dialogue pages (round 6): hiring calls, tenders, training
    // notices, deputies' proposals and their replies, citizens' questions,
    // commendation lists; with guards where the same word stands beside a
    // reform reported.
    (
        "开发区管委会现面向社会公开选聘聘任制工作人员20名,有关事项公告如下。",
        "staffing",
        2,
        "a hiring call names the posts to fill: its count makes a plan concrete, it is no result",
    ),
    (
        "开发区今年完成全员竞聘上岗,86名工作人员全部签订聘任合同。",
        "staffing",
        3,
        "guard: the reform done with its count still counts",
    ),
    (
        "经党工委研究,决定对调整后的22个中层岗位实行竞争上岗。",
        "staffing",
        2,
        "a decision to hold a competition is a measure put in hand, its post count no result",
    ),
    (
        "开发区面向社会公开招聘聘用制工作人员5名,试用期满考核合格的正式聘用。",
        "staffing",
        0,
        "open hiring of contract staff is ordinary hiring, not the staffing reform",
    ),
    (
        "开发区实行全员聘用制,工作人员一律签订聘用合同,按岗位管理。",
        "staffing",
        2,
        "guard: 聘用制 as the zone's own system still counts",
    ),
    (
        "企业服务中心一站式服务大厅装修改造工程招标控制价352.4万元,计划工期90日历天。",
        "one_stop",
        1,
        "a tender's price and term describe a purchase; the hall is only named",
    ),
    (
        "采购需求:产业链招商推介会拟于10月在深圳举办,供应商负责会场布置和嘉宾接送。",
        "investment",
        1,
        "the logistics of an event bought by tender names the event",
    ),
    (
        "四、培训内容:产业链招商实务、基金招商与资本运作、外资招商政策解析。",
        "investment",
        1,
        "a course's topics name mechanisms taught, not the zone's arrangement",
    ),
    (
        "建议在开发区推行全员聘任制和绩效薪酬制度,实行以岗定薪、按绩取酬。",
        "staffing",
        1,
        "a deputy's proposal asks for a reform; it is not the zone's plan",
    ),
    (
        "关于深化我市开发区“管委会+公司”改革的建议",
        "mgmt_company",
        1,
        "the title of a deputy's proposal names the reform asked for",
    ),
    (
        "根据代表建议,开发区已组建开发运营公司,承接园区开发建设职能,注册资本10亿元。",
        "mgmt_company",
        3,
        "guard: a reply reporting what was done on a proposal still counts",
    ),
    (
        "相关审批权限依法由县级部门行使,园区暂不具备设立一站式审批服务中心的条件。",
        "one_stop",
        0,
        "a reply that finds no conditions for the hall reports its absence",
    ),
    (
        "下一步,待条件成熟时研究在园区设立政务服务站的可行性。",
        "one_stop",
        1,
        "a feasibility to be studied when conditions allow is no plan",
    ),
    (
        "网友提问:听说经开区要推行全员聘任制,竞聘不上的会不会被辞退?",
        "staffing",
        0,
        "a rumour asked about is not evidence of the reform",
    ),
    (
        "二、招商引资先进个人(6名)",
        "investment",
        1,
        "the count of a commendation list is of people honoured",
    ),
    (
        "我院实行全员聘任制和绩效考核,医生竞聘上岗。",
        "staffing",
        0,
        "a hospital's own appointment reform is not the zone's",
    ),
    (
        "社区党群服务中心已开设“一站式”窗口,户口迁入、社保卡办理等事项均可一窗办理。",
        "one_stop",
        0,
        "residents' registration in a community hall is not firms' approval service",
    ),
    (
        "开发区已设立政务服务站,累计办件3000件;待条件成熟时研究设立分中心的可行性。",
        "one_stop",
        3,
        "guard: the hall reported done in its own clause still counts beside a deferral",
    ),
    (
        "全年新签约项目42个,总投资186亿元;3名同志被评为招商引资先进个人。",
        "investment",
        3,
        "guard: results reported beside a commendation still count",
    ),
    (
        "投洽会期间,开发区现场签约项目23个,成交金额86亿元。",
        "investment",
        3,
        "guard: a fair's deals are attraction results, not a tender's figures",
    ),
    (
        "检验改革成效,关键看企业是不是满意,为此开发区实行一窗受理,已累计办件3000件。",
        "one_stop",
        3,
        "guard: an answer that weighs its reform by a question form still reports it",
    ),    // Pages by or about companies: a firm's own products and staff, and the
    // zone's own company taking over development and attraction.
    (
        "2023年,集团承接管委会划转的园区开发运营和招商职能,全年完成园区基础设施投资36亿元。",
        "mgmt_company",
        3,
        "the zone's company took over development and attraction functions, done with figures",
    ),
    (
        "集团承接管委会划转的园区开发运营和招商职能,全年完成投资20亿元,新引进项目18个。",
        "investment",
        3,
        "guard: 招商 inside the functions handed over does not hide the attraction results after it",
    ),
    (
        "公司为园区企业提供一站式检测认证服务,已累计出具检测报告2万份。",
        "one_stop",
        0,
        "a testing lab's one-stop product is a firm's service to its clients, not the zone's approval service",
    ),
    (
        "保险公司在园区推行一站式理赔,已为企业办结理赔120件。",
        "one_stop",
        0,
        "an insurer's one-stop claims are its product, not the zone's approval service",
    ),
    (
        "公司一站式整装业务全年实现收入12亿元。",
        "one_stop",
        0,
        "a furniture maker's one-stop business line is a product, not the zone's service",
    ),
    (
        "开发区政务服务中心推行一站式服务,已累计为企业办理检测、认证等审批事项3200件。",
        "one_stop",
        3,
        "guard: the zone's hall handling testing and certification matters still counts",
    ),
    (
        "该支行设有对公业务专窗,开业当天为区内企业开户68户。",
        "one_stop",
        0,
        "a bank branch's counter for corporate clients is no hall window for firms' approvals",
    ),
    (
        "开发区政务服务中心设立企业开办专窗,已为企业办理开户等业务1200件。",
        "one_stop",
        3,
        "guard: the zone's 专窗 for firms still counts",
    ),
    (
        "总部提供选址、培训一站式扶持,加盟费减免50%。",
        "one_stop",
        0,
        "a franchiser's support for its franchisees is a firm selling franchises",
    ),
    (
        "产品简介:面向开发区管委会的审批服务软件,支持一窗受理、帮办代办和容缺受理,已在30个园区上线。",
        "one_stop",
        0,
        "a vendor's product sold to zones is not a zone's own arrangement",
    ),
    (
        "开发区推行一窗受理,企业产品检测、认证等事项一窗办理,已办件860件。",
        "one_stop",
        3,
        "guard: firms' products named in the zone's own window service do not void it",
    ),
    (
        "区内某上市公司已建立高级管理人员绩效考核体系,绩效年薪与经营目标挂钩。",
        "staffing",
        0,
        "a listed firm's pay for its own executives is not the zone's staffing",
    ),
    (
        "项目部实行竞聘上岗,项目经理由公司总部公开竞聘产生。",
        "staffing",
        0,
        "a firm's site team competing for posts is not the zone's staffing",
    ),
    (
        "开发区平台公司推行经理层成员任期制,5名经理层成员已签订聘任协议。",
        "staffing",
        3,
        "guard: the zone's own company reforming its managers' terms still counts",
    ),
    // Agreement round 7 (new media and tables): WeChat pages, interviews,
    // posters, hiring posts.
    (
        "开发区将把招商实绩与干部绩效薪酬直接挂钩,年度考核排名末位的调整岗位。",
        "staffing",
        2,
        "pay tied to results (绩效考核 tied to pay) is the arrangement; with 将 a plan, 2",
    ),
    (
        "开发区干部绩效薪酬已与考核结果挂钩,全年发放绩效奖金860万元。",
        "staffing",
        3,
        "guard: pay tied to results and reported with its figure is still done",
    ),
    (
        "3月8日,开发区开发建设运营有限公司正式揭牌成立,注册资本10亿元。",
        "mgmt_company",
        3,
        "the zone's development company by its registered name, opened under its sign",
    ),
    (
        "某某房地产开发建设有限公司在园区竞得住宅用地一宗。",
        "mgmt_company",
        0,
        "guard: a developer client firm is not the zone's company",
    ),
    (
        "周末创业市集在开发区广场开市,60余个摊位为市民提供一站式逛吃体验。",
        "one_stop",
        0,
        "a market's food and fun 一站式 for shoppers is a false friend",
    ),
    (
        "职工运动会期间,开发区政务服务中心志愿者为运动员提供饮水、医疗等一站式保障。",
        "one_stop",
        0,
        "care for athletes at a sports meet is not firms' approval service",
    ),
    (
        "开发区政务服务中心为企业提供一站式服务,全年办件3200件。",
        "one_stop",
        3,
        "guard: the hall's one-stop service for firms with its count still counts",
    ),
    (
        "开发区公开招聘聘任制工作人员,岗位:招商专员8名、项目管理5名。",
        "investment",
        1,
        "the posts of a hiring notice are no attraction result; the post named is a mention",
    ),
    (
        "开发区组建招商专班,岗位分工明确,全年新签约项目42个。",
        "investment",
        3,
        "guard: a team's posts beside its signed projects leave the result",
    ),    (
        "开发区直播带货节开幕,主播为网友提供一站式选购体验,当晚成交订单1.2万单。",
        "one_stop",
        0,
        "a live-stream sale's one-stop shopping is a false friend",
    ),
    (
        "开发区人才公寓一站式拎包入住,已有126名博士入住。",
        "one_stop",
        0,
        "moving into talent housing is not firms' approval service",
    ),
    (
        "开发区为入驻企业提供一站式服务,已为126家企业代办审批手续。",
        "one_stop",
        3,
        "guard: firms' one-stop service with its count still counts",
    ),
    (
        "倒计时3天|开发区中层干部竞聘上岗面试名单公示。",
        "staffing",
        2,
        "a countdown's days are no result: the selection under way is a measure",
    ),
    (
        "倒计时10天!开发区投资贸易洽谈会即将开幕。去年洽谈会签约项目36个,总投资218亿元。",
        "investment",
        3,
        "guard: last year's signings in their own sentence still count beside a countdown",
    ),    (
        "序号 1 事项名称 企业投资项目备案 办理时限 1个工作日 办理地点 开发区政务服务中心3号窗口",
        "one_stop",
        2,
        "a matters list's time limit is a promise per case, the list an arrangement defined, not a count done",
    ),
    (
        "开发区政务服务中心设立企业开办专窗,办理时限为1个工作日。",
        "one_stop",
        2,
        "a window set up with its time limit is a measure; the limit is no result",
    ),
    (
        "开发区实行一窗受理,办理时限压缩至3个工作日,全年办件1200件。",
        "one_stop",
        3,
        "guard: a limit cut and the year's cases reported still count as done",
    ),    (
        "编者按:本文为读者投稿。作者认为开发区应尽快推行全员聘任制,实行竞争上岗。",
        "staffing",
        1,
        "a reader's opinion asks for a reform; it is not the zone's plan (at most 1)",
    ),
    (
        "网友建议开发区设立企业开办专窗,实行一窗受理。",
        "one_stop",
        1,
        "a commenter's suggestion names the window as a wish, not a measure",
    ),
    (
        "网友留言后,开发区已设立企业开办专窗,累计办件860件。",
        "one_stop",
        3,
        "guard: the zone's window reported done after a comment still counts",
    ),    (
        "海报:开发区组建招商专班,面向全球招募招商合伙人,年薪30万元起。",
        "investment",
        2,
        "a hiring poster's salary is an offer, not a result: the team set up is a measure",
    ),
    (
        "开发区招商专班年薪制人员全年新签约项目26个,总投资98亿元。",
        "investment",
        3,
        "guard: 年薪制 named beside the year's signings leaves the result",
    ),
    // Round 8, Traditional-script and cross-border pages: Hong Kong, Macau and
    // Taiwan vocabulary for the zones' reforms.
    (
        "开发区推行“以台引台”,由台商协会会员企业推荐上下游台资项目。",
        "investment",
        2,
        "以台引台 is 以商招商 through Taiwanese investors already in the zone, a mechanism",
    ),
    (
        "开发区上半年新增台资项目12个,合同台资3亿美元。",
        "investment",
        3,
        "projects counted by their investors' origin and the contracted capital are attraction results",
    ),
    (
        "开发区管委会全面实行约聘制,工作人员按合同管理。",
        "staffing",
        2,
        "约聘制 is how Taiwan and Hong Kong writers name the appointment system",
    ),
    (
        "去年开发区管委会全体工作人员打破「铁饭碗」,与管委会签订聘用合同。",
        "staffing",
        3,
        "the iron rice bowl broken, in corner brackets, is the appointment reform reported done",
    ),
    (
        "开发区实行绩效薪资,工作人员薪资与考核结果挂钩。",
        "staffing",
        2,
        "绩效薪资 is Taiwan's word for 绩效薪酬",
    ),
    (
        "开发区推行「一条龙」服务,由专人跟进项目审批。",
        "one_stop",
        2,
        "一条龙服务 in corner brackets is the one-stop service, a measure with who does it",
    ),
    (
        "开发区在香港举行招商说明会,现场签约项目15宗。",
        "investment",
        3,
        "宗 is Hong Kong's measure word for deals: signed projects counted",
    ),
    (
        "开发区聘请12位知名客商担任招商顾问。",
        "investment",
        3,
        "advisers appointed and counted with 位: the mechanism in place",
    ),
    (
        "开发区赴台北举办招商说明会,介绍园区投资环境。",
        "investment",
        2,
        "招商说明会 is the 推介会 under its Hong Kong and Taiwan name, a measure",
    ),
    // Round 8, Traditional-script and cross-border pages: Hong Kong, Macau and
    // Taiwan bodies' own services, commentators, promises and firms' own pages.
    (
        "台商协会秘书处实行聘任制,专职人员由理事会聘任。",
        "staffing",
        0,
        "an association's own secretariat is not the zone's staff",
    ),
    (
        "分析人士认为,开发区应加快推进政企分开。",
        "mgmt_company",
        1,
        "a commentator's opinion on zones is a mention, not the zone's plan",
    ),
    (
        "报告建议开发区探索法定机构管理模式,由专业团队负责园区开发运营。",
        "mgmt_company",
        1,
        "a think tank's recommendation is advice, a mention",
    ),
    (
        "园区开发运营公司上半年签约销售额达12亿元。",
        "investment",
        0,
        "a developer's contracted sales of flats bring no project into the zone",
    ),
    (
        "开发区实行一站式审批,承诺在15个工作日内办结全部手续。",
        "one_stop",
        2,
        "a promised time limit is a promise for each case, a measure, not cases done",
    ),
    (
        "开发区实行一站式审批,今年以来已在15个工作日内办结审批事项320件。",
        "one_stop",
        3,
        "guard: cases done within the limit are a result",
    ),
    (
        "某银行在开发区设立跨境金融一站式服务中心,已为85家企业开立账户。",
        "one_stop",
        0,
        "a bank's cross-border finance centre is no approval service",
    ),
    (
        "台湾加工出口区管理处为区内厂商提供一站式投资申请服务。",
        "one_stop",
        0,
        "Taiwan's own export processing zone is not the mainland zone",
    ),
    (
        "香港公司注册处提供一站式公司注册服务。",
        "one_stop",
        0,
        "Hong Kong's own registry service is not the zone's",
    ),
    (
        "香港贸易发展局在开发区举办香港服务业推介会。",
        "investment",
        0,
        "Hong Kong's trade body promoting its own services to zone firms is not the zone's attraction",
    ),
    (
        "澳门贸易投资促进局设有投资者一站式服务,去年协助200个投资项目。",
        "investment",
        0,
        "Macau's own investment promotion body is not the zone's attraction",
    ),
    (
        "开发区与香港贸易发展局联合举办推介会;开发区设立企业服务专窗,已办理业务1260件。",
        "one_stop",
        3,
        "guard: the zone's own window reported in a clause of its own still counts",
    ),
    // Round 8, second batch: residents' one-stop in a cross-border zone,
    // cross-border registration, Hong Kong's statutory park company, and the
    // evaluation of attraction staff.
    (
        "合作区综合服务中心为澳门居民提供一站式民生服务,已服务居民8000人次。",
        "one_stop",
        0,
        "residents' daily matters at a community centre are no approval service for firms",
    ),
    (
        "合作区推行商事登记「跨境通办」,港澳投资者在港澳即可办理合作区企业登记。",
        "one_stop",
        2,
        "registration filed across the border and handled in the zone is one-window approval, a measure",
    ),
    (
        "香港科技园公司是依条例成立的法定机构,负责营运香港科学园。",
        "mgmt_company",
        0,
        "Hong Kong's own statutory park company is not the zone's 法定机构",
    ),
    (
        "开发区实行招商人员绩效考核,奖金与引进项目数量挂钩。",
        "investment",
        2,
        "the evaluation of attraction staff tied to pay is the codebook's 招商考核, a measure",
    ),
    (
        "前海管理局是依条例设立的法定机构,负责合作区开发建设。",
        "mgmt_company",
        2,
        "guard: the zone's own statutory body still counts beside the Hong Kong exclusion",
    ),
    // Round 8: speeches, interviews, research and training texts.
    (
        "研究发现,实施“管委会+公司”改革的开发区实际利用外资平均提高12.6%,且在1%水平上显著。",
        "mgmt_company",
        1,
        "a study's finding on zones in general is no zone's reform: its figures are the study's",
    ),
    (
        "已有研究表明,推行竞聘上岗的园区,人员流动率降低了18%。",
        "staffing",
        1,
        "findings cited from earlier research describe zones in general, a mention",
    ),
    (
        "张某等(2020)通过对35家园区的问卷调查发现,实行一站式审批的园区企业满意度提高了20个百分点。",
        "one_stop",
        1,
        "a study cited by author and year reports zones in general, a mention",
    ),
    (
        "课题组对园区326家企业开展问卷调查,结果显示,“一窗受理”改革后企业开办用时由5天缩短至1天。",
        "one_stop",
        3,
        "guard: the zone's own survey of its firms reports its reform's result",
    ),
    (
        "本研究分析“一站式”审批影响企业投资的作用机制。",
        "one_stop",
        1,
        "机制 in an analysis of how one thing affects another is no arrangement",
    ),
    (
        "“一站式”审批有助于降低制度性交易成本。",
        "one_stop",
        1,
        "降低制度性交易成本 is a goal, its 制度 is no instrument",
    ),
    (
        "培训班上,某教授讲授了“管委会+公司”模式的理论与实践。",
        "mgmt_company",
        1,
        "a lecturer's 讲授了 reports what was taught, not a reform done",
    ),
    (
        "对照先进,我们的差距十分明显:部门进驻了政务服务大厅,审批权限却没有进驻。",
        "one_stop",
        1,
        "self-criticism of a gap is a problem list: at most 1",
    ),
    (
        "招商专班“重签约、轻落地”的问题比较突出,去年签约的35个项目中仅有12个开工。",
        "investment",
        1,
        "a problem found prominent in a confession is at most 1",
    ),
    (
        "推行绩效薪酬,拉开收入差距,去年绩效奖金最高与最低相差2.3倍。",
        "staffing",
        3,
        "guard: a pay reform widens pay gaps on purpose; 差距 alone is no problem",
    ),
    (
        "我们的政务服务大厅,窗口设了不少,可企业还是要在几个部门之间来回跑。",
        "one_stop",
        1,
        "a complaint that firms still run about caps the hall named before it",
    ),
    (
        "改变了过去企业来回跑的局面,开发区推行“一窗受理”,全年办件3000件。",
        "one_stop",
        3,
        "guard: the old running about named before the reform that ended it",
    ),
    (
        "人家早在多年前就推行了“拿地即开工”,累计为上千家企业代办审批手续。",
        "one_stop",
        1,
        "another place held up in a speech (人家) is not the zone's reform",
    ),
    (
        "在兄弟园区观摩学习时看到,该区成立了专业招商公司,去年引进项目58个。",
        "investment",
        1,
        "what a study tour saw elsewhere is not the zone's own reform",
    ),
    (
        "课题组认为,开发区应当推行竞争上岗,激发干部队伍活力。",
        "staffing",
        1,
        "a research team's view of what a zone should do is advice, a mention",
    ),
    (
        "建议高新区组建专业化招商公司,探索市场化招商。",
        "investment",
        1,
        "a think tank's recommendation is not the zone's plan",
    ),
    (
        "会上举行了研究成果推介会,5项研究成果进行了现场推介。",
        "investment",
        0,
        "a seminar presenting research findings promotes no investment",
    ),
    (
        "全区要为社区赋权减负,没有法律依据的事项一律不得转嫁给社区。",
        "one_stop",
        0,
        "a community relieved of duties is not power handed to the zone for firms' approvals",
    ),
    (
        "要打造社区“一站式”服务阵地,让居民办事不出社区。",
        "one_stop",
        0,
        "a community's one-stop point serves residents, not firms",
    ),
    (
        "过去一年,全区新引进亿元以上项目27个,总投资185亿元。",
        "investment",
        3,
        "projects brought in, counted by size, are an attraction result",
    ),
    (
        "如果开发区实行了容缺受理,企业至少可以提前2个月开工。",
        "one_stop",
        1,
        "a reform imagined under an if is neither reported nor planned",
    ),
    (
        "假如能成立招商专班,由熟悉产业的人来谈项目,效果会好很多。",
        "investment",
        1,
        "a hypothetical task force is no plan, a mention",
    ),
    (
        "对申报材料主要内容齐全、次要材料欠缺的,实行容缺受理,已为42个项目提前办理审批。",
        "one_stop",
        3,
        "guard: a rule for the firms' case written with 的 reports the reform",
    ),
    (
        "今年要全面推行全员聘任制,年底前完成中层干部竞聘上岗。",
        "staffing",
        2,
        "a directive with a deadline is a plan: the codebook's 2 at most",
    ),
    (
        "3.某开发区去年实行全员聘任制,86名干部竞聘上岗,这主要体现了( )。",
        "staffing",
        1,
        "a test question's made-up case is no zone's result",
    ),
    (
        "开发区平台公司作为地方政府融资平台,承担园区基础设施建设融资任务。",
        "mgmt_company",
        0,
        "a company merely used for financing is not evidence",
    ),
    (
        "开发区组建园区平台公司,承担园区开发建设和运营职能,去年完成投资26亿元。",
        "mgmt_company",
        3,
        "guard: the zone's company taking over development stays evidence",
    ),
    (
        "[2]李某.全员聘任制与园区治理——基于12个园区的调查[D].北京:某某大学,2021.",
        "staffing",
        1,
        "an entry of a paper's references names the reform, it reports none",
    ),
    (
        "据统计,全国已有200余家开发区推行了全员聘任制。",
        "staffing",
        1,
        "a count of the country's zones is general discussion, not the zone's reform",
    ),
    (
        "从全国看,截至2023年底,已有超过60%的国家级经开区实行了“管委会+公司”模式。",
        "mgmt_company",
        1,
        "the state of the country's zones is not the zone's reform",
    ),
    (
        "针对企业反映问题突出的审批事项,开发区推行容缺受理,今年已办件320件。",
        "one_stop",
        3,
        "guard: the problems firms raised, named as what the reform answers, leave its result",
    ),
    // Round 8 (scanned and extracted documents, pages about many zones).
    // 竟 for 竞, the wrong character of scans and typists: the coder reads
    // through it.
    (
        "开发区中层干部竟聘上岗工作已经结束,18名干部走上新岗位。",
        "staffing",
        3,
        "竟聘上岗 is 竞聘上岗 with a wrong character, done with a count",
    ),
    (
        "管委会竟争上岗方案经党工委会议讨论后印发。",
        "staffing",
        2,
        "竟争上岗 is 竞争上岗 with a wrong character, the plan issued",
    ),
    (
        "园区一家企业竟聘请外地专家担任顾问,服务费由企业自付。",
        "staffing",
        0,
        "guard: 竟聘请 (hired, of all people) is no competition for posts",
    ),
    // A directive to keep improving a field of work names it as a task.
    (
        "各开发区要进一步优化一站式服务,提升企业获得感。",
        "one_stop",
        1,
        "a directive to improve the service names it without an arrangement",
    ),
    (
        "各开发区要持续优化一站式服务,在园区设立企业开办专窗,实行容缺受理。",
        "one_stop",
        2,
        "guard: the directive with its arrangement (专窗, 容缺受理) is a plan",
    ),
    // An evaluation's items name the state of a reform to be scored.
    (
        "二级指标:全员聘任制、绩效薪酬制度实施情况,分值5分。",
        "staffing",
        1,
        "a scoring item names the reform whose state is looked at, no instrument set up",
    ),
    (
        "二级指标:“一站式”政务服务及赋权承接情况,分值5分。",
        "one_stop",
        1,
        "a scoring item names the service whose state is looked at",
    ),
    (
        "开发区承接市级下放审批权限56项,已全部进驻政务服务中心。",
        "one_stop",
        3,
        "guard: powers taken over and reported with a count still count",
    ),
    // A competition's public notice of the people it has chosen reports it held.
    (
        "经笔试、面试和组织考察,确定以下同志为中层干部竞聘上岗拟聘任人选,现予以公示。",
        "staffing",
        3,
        "the competition held and its people named: implemented",
    ),
    (
        "开发区拟于下半年开展中层干部竞聘上岗。",
        "staffing",
        2,
        "guard: 拟 before a competition to come is still a plan",
    ),    // Other zones' vocabulary and its false friends: free-trade zones, overseas
    // cooperation zones, new areas, county parks.
    // A court's judges under 员额制 are not the zone's staff.
    (
        "自贸片区人民法院实行法官员额制,现有入额法官30名。",
        "staffing",
        0,
        "a court's 员额制 is a judicial post reform, like a hospital's: not the zone's staff",
    ),
    (
        "开发区实行员额制管理,核定员额90名,全部实行合同管理。",
        "staffing",
        3,
        "guard: the zone's own 员额制 with its count still counts",
    ),
    // A bond issue by the zone's platform company is financing.
    (
        "园区平台公司近日成功发行第二期企业债券,规模8亿元,由某证券公司担任主承销商。",
        "mgmt_company",
        0,
        "a company merely used for financing is not evidence (a bond issue and its underwriter)",
    ),
    (
        "开发区已将开发建设职能交由平台公司承担,今年平台公司发行企业债券5亿元。",
        "mgmt_company",
        3,
        "guard: the company taking over development in its own clause still counts",
    ),
    // Talent's housing and family matters in one place serve people settling in.
    (
        "开发区为引进人才提供“一站式”安居服务,今年已为820名人才办理住房和子女入学事项。",
        "one_stop",
        0,
        "residents' (talent's) 一站式 is not the firms' approval service",
    ),
    (
        "开发区为人才和企业提供一站式服务,今年办件3200件。",
        "one_stop",
        3,
        "guard: talent served beside firms is the firms' service too",
    ),
    (
        "开发区为企业提供“一站式”审批服务,今年已办理企业事项820件。",
        "one_stop",
        3,
        "guard: 一站式 approval for firms with a count still counts",
    ),
    // 标准地 is also the forester's sample plot.
    (
        "示范区在防护林内设置标准地24块,对林木逐株测量胸径和树高。",
        "one_stop",
        0,
        "a forester's sample plots measure trees: a false friend of 标准地",
    ),
    (
        "开发区推行“标准地+告知承诺”,今年出让标准地12宗,企业拿地即开工。",
        "one_stop",
        3,
        "guard: 标准地 with 告知承诺 and its parcels counted still counts",
    ),
    // Posts named by their work in a competition for posts.
    (
        "开发区拿出招商、规划等10个中层岗位公开竞聘,46人报名。",
        "investment",
        0,
        "招商 names a post put up for competition; the count is of posts (as a job advertisement)",
    ),
    (
        "开发区组建招商专班,专班成员通过竞聘产生,今年专班签约项目15个。",
        "investment",
        3,
        "guard: a task force whose members compete for places still counts",
    ),
    // Pay tied to results, written 薪酬与…挂钩.
    (
        "开发区员额内人员薪酬与绩效挂钩,按季度考核结果分档兑现。",
        "staffing",
        2,
        "薪酬与绩效挂钩 for the zone's staff is the codebook's 绩效薪酬, described as in place",
    ),
    (
        "开发区去年向招商人员发放绩效奖励120万元。",
        "staffing",
        3,
        "performance bonuses paid to the zone's attraction staff, counted: 绩效薪酬 implemented",
    ),
    (
        "开发区对亩均效益前十的企业给予绩效奖励,共兑现300万元。",
        "staffing",
        0,
        "guard: a reward paid to firms names no staff",
    ),
    // The zone's attraction office elsewhere, under another name.
    (
        "开发区将在深圳设立招商办公室,派驻干部常年驻点对接企业。",
        "investment",
        2,
        "招商办公室 is the codebook's 驻外招商 office; a plan",
    ),
    // Firms brought in and capital agreed, as overseas cooperation zones count them.
    (
        "合作区今年引入企业36家,协议投资额9亿美元。",
        "investment",
        3,
        "firms brought in and the agreed investment, counted: results",
    ),
    // Paperwork carried for the zone's firms, counted.
    (
        "开发区今年为入区企业办理各类手续2600件。",
        "one_stop",
        3,
        "办理各类手续 for firms, counted: agency service implemented",
    ),
    // A body in operation from a stated date.
    (
        "开发区法定机构改革后,园区发展中心于2022年起正式运作。",
        "mgmt_company",
        3,
        "正式运作 from a stated year: implemented with a date",
    ),
    (
        "开发区园区发展中心将于明年正式运作,实行法定机构管理。",
        "mgmt_company",
        2,
        "guard: 将…正式运作 is still a plan",
    ),
    // Community workers' pay is the residents' service, not the zone's staff.
    (
        "开发区社区工作者实行岗位等级序列管理,薪酬与考核结果挂钩。",
        "staffing",
        0,
        "community workers' pay grades are not the zone's staffing",
    ),
    (
        "开发区招商人员薪酬与招商业绩挂钩,去年共兑现奖励86万元。",
        "staffing",
        3,
        "招商人员薪酬与招商业绩挂钩 with the reward paid, counted: implemented",
    ),
    // Notices and ads that look like reform (the ninth round's probes).
    (
        "招商专员2名、投融资专员2名、工程管理人员3名,报名截止9月10日。",
        "investment",
        1,
        "a post title counted in a list of openings: the post is named (1), the count is of people to hire",
    ),
    (
        "开发区选派招商专员30名驻点招商,今年已引进项目15个,总投资42亿元。",
        "investment",
        3,
        "guard: envoys at work report their projects in clauses of their own",
    ),
    (
        "公司总经理带队赴深圳洽谈,签约项目3个,总投资12亿元。",
        "investment",
        3,
        "guard: a firm's head (总经理) is no post to fill; the projects signed count",
    ),
    (
        "现场初步达成就业意向520人,其中当场签约上岗186人。",
        "investment",
        0,
        "jobs signed at a job fair are workers hired, no investment project",
    ),
    (
        "开发区在企业服务中心广场举办园区企业专场招聘会,46家企业提供岗位1380个。",
        "one_stop",
        1,
        "a job fair held at the service centre names it (1); the firms and posts counted are no result of one-stop service",
    ),
    (
        "招聘会为求职者提供一站式求职服务,现场办理社保登记230人次。",
        "one_stop",
        0,
        "a job fair's one-stop service for job seekers is not the zone's approval service",
    ),
    (
        "人力资源服务产业园为企业提供招聘、派遣、薪酬代发等一站式人力资源服务,已入驻机构28家。",
        "one_stop",
        0,
        "a human-resources firms' park sells one-stop HR services; not the zone's approvals",
    ),
    (
        "物业团队为入驻企业提供一站式企业服务,包括代收快递、会议室预订和保洁。",
        "one_stop",
        0,
        "a property team's service to tenants is a landlord's, not the zone's one-stop service",
    ),
    (
        "企业服务中心为入驻企业提供一站式企业服务,已代办营业执照等事项136件。",
        "one_stop",
        3,
        "guard: the zone's centre giving the same service with results counted",
    ),
    (
        "招商地址:星汇广场一层招商中心。",
        "investment",
        0,
        "a mall's leasing office address is tenant 招商 (leasing), a false friend",
    ),
    (
        "品牌面向全国招商加盟,总部提供选址、装修、培训一站式扶持。",
        "one_stop",
        0,
        "a brand's franchising and its one-stop support to franchisees are commercial",
    ),
    (
        "招商银行某支行在经开区企业服务中心举办科技金融进园区活动,二十余家企业参加。",
        "one_stop",
        0,
        "a bank branch's event at the service centre is the bank's service, not the zone's",
    ),
    (
        "开发区政务服务中心引入工商银行支行设立企业开户专窗,累计为企业办理开户300户。",
        "one_stop",
        3,
        "guard: the zone's hall bringing a bank branch in to open firms' accounts is its own window for firms",
    ),
    (
        "经开区在企业服务中心设立银行开户专窗,已为132家新办企业一站式办结开户和登记。",
        "one_stop",
        3,
        "guard: the zone's own window for bank accounts, with results, still counts",
    ),
    (
        "楼盘步行5分钟即达区政务服务中心,10分钟可至区属学校。",
        "one_stop",
        1,
        "a housing ad names the hall (1); the minutes are a distance, not a result",
    ),
    (
        "发行人某某开发区城市建设投资有限公司成立于2011年,开发区管理委员会持有发行人100%股权。",
        "mgmt_company",
        0,
        "a bond issuer owned by the committee is a financing company, not evidence",
    ),
    (
        "开发区管委会组建开发区发展集团有限公司,注册资本10亿元,已承接园区开发建设职能。",
        "mgmt_company",
        3,
        "guard: the committee setting up its company that takes over development",
    ),
    (
        "一、岗位及人数:综合受理窗口工作人员4名,咨询导办人员2名。",
        "one_stop",
        1,
        "a recruitment notice's list of posts names the window (1); the count is of posts",
    ),
    (
        "拟通过劳务派遣方式招聘政务服务中心窗口工作人员6名。",
        "one_stop",
        1,
        "hiring window clerks names the hall (1); no arrangement for firms is described",
    ),
    (
        "面向社会招聘代办员12名,组建帮办代办队伍;今年已代办审批事项312件。",
        "one_stop",
        3,
        "guard: stewards hired and their agency service reported with numbers",
    ),
    (
        "《开发区招商引资工作考核办法》已经管委会主任办公会研究通过,现印发给你们,请认真贯彻执行。",
        "investment",
        2,
        "a rule adopted by a meeting (研究通过) and handed down is the reform on paper, 2 at most",
    ),
    (
        "《开发区全员聘任制实施方案》经党工委会议研究通过,86名干部已竞聘上岗。",
        "staffing",
        3,
        "guard: results in a clause of their own beside the adopted plan still count",
    ),
    // Disclosure and citizen-facing pages: annual disclosure reports, budgets,
    // complaint tallies and replies, service guides.
    (
        "全年主动公开政府信息980条,其中招商引资类信息120件。",
        "investment",
        1,
        "items published by topic under disclosure are counted documents: the field named",
    ),
    (
        "政府信息公开查阅点设在园区政务服务中心大厅,全年接待查阅群众36人次。",
        "one_stop",
        1,
        "the hall named as a disclosure reading point; its readers are no result of the reform",
    ),
    (
        "管委会在档案室提供政府信息一站式查阅服务,全年接待查阅市民52人次。",
        "one_stop",
        0,
        "a reading room's one-stop for the public is no approval service for firms",
    ),
    (
        "从投诉内容看,反映招商引资政策兑现问题7件,反映政务服务窗口服务态度问题3件。",
        "investment",
        1,
        "complaints counted by topic name the field, they are no attraction result",
    ),
    (
        "从投诉内容看,反映招商引资政策兑现问题7件,反映政务服务窗口服务态度问题3件。",
        "one_stop",
        1,
        "complaints about the window name it, they are no result of one-stop service",
    ),
    (
        "经核查,该企业尚不符合兑现条件,投资促进局已向企业作出书面解释。",
        "investment",
        1,
        "a bureau answering a complaint is named, its mechanism is not reported",
    ),
    (
        "接到投诉后,投资促进局组建专班跟进,项目已于6月开工,累计到位资金2.6亿元。",
        "investment",
        3,
        "guard: a task force and its results reported after a complaint still count",
    ),
    (
        "招商引资中承诺的优惠政策不兑现、不落实的,企业可向管委会反映。",
        "investment",
        1,
        "a promise not kept is a problem named, not a policy at work",
    ),
    (
        "按照省委关于深化开发区“管委会+公司”改革的部署,高新区制定了人事制度改革方案。",
        "mgmt_company",
        1,
        "the reform named as a superior's deployment is a task named, a mention",
    ),
    (
        "按照省委关于开发区改革的部署,高新区推行“管委会+公司”模式,开发建设职能交由平台公司承担。",
        "mgmt_company",
        2,
        "guard: the model put in place under a deployment is still a measure",
    ),
    (
        "申请人也可委托用人单位代办人才公寓申请手续。",
        "one_stop",
        0,
        "an employer running a person's own errand is not the zone's 帮办代办 for firms",
    ),
    (
        "企业服务局为入园企业提供全程代办服务,今年已代办审批事项86件。",
        "one_stop",
        3,
        "guard: the zone's agency service for firms with a count still counts",
    ),
    (
        "管委会内设党政办公室、行政审批局等4个机构,下属事业单位3个。",
        "one_stop",
        1,
        "a budget's count of bodies names the bureau; the count is no result",
    ),
    (
        "项目支出包括政务服务大厅运行维护经费150万元,帮办代办服务费25万元。",
        "one_stop",
        1,
        "a fee budgeted with its sum is money spent, the service named",
    ),
    (
        "企业帮办代办服务费由管委会承担,今年已为42个项目代办审批手续。",
        "one_stop",
        3,
        "guard: a free agency service paid by the committee, with its count, still counts",
    ),
    (
        "建议在园区建设一站式加油充电服务站,方便职工通勤。",
        "one_stop",
        0,
        "a filling and charging station for drivers is a false friend of 一站式",
    ),
    (
        "奖励由投资促进局审核后分两次兑现:项目开工兑现50%,项目投产兑现50%。",
        "investment",
        2,
        "the shares of a reward's payment schedule are a rule, not a result",
    ),
    // A reform in force since a year named, as a reply to a citizen states it.
    (
        "管委会自2020年起实行全员聘任制,工作人员按岗位签订聘任合同。",
        "staffing",
        3,
        "in force since a dated start: implemented, the date a fact",
    ),
    (
        "开发区计划自2026年起推行全员聘任制,工作人员按岗位签订聘任合同。",
        "staffing",
        2,
        "guard: a start planned for a year to come is still a plan",
    ),
    // A quota for every year is a target; a bureau renamed is a name.
    (
        "每个产业链招商专班每年至少引进亿元以上项目2个,由分管领导任组长。",
        "investment",
        2,
        "a quota for each year (每年至少) is a target: a plan, 2 at most",
    ),
    (
        "开发区招商局已于2022年机构改革中更名为投资促进局,原办公电话停止使用。",
        "investment",
        1,
        "a bureau renamed is a body's name; the date of the new name is no result",
    ),
    (
        "区招商局更名为投资促进局后,组建了4个产业链招商专班,今年已签约项目18个。",
        "investment",
        3,
        "guard: what the renamed bureau did, reported in its own clauses, still counts",
    ),
    // A budget's pay items name 绩效工资 as a line of staff costs.
    (
        "基本支出中人员经费1320万元,主要包括基本工资、津贴补贴、奖金、绩效工资、养老保险缴费等。",
        "staffing",
        0,
        "绩效工资 among a budget's pay items is a false friend of the pay reform",
    ),
    (
        "管委会工作人员薪酬由基本工资和绩效工资构成,绩效工资与年度考核结果挂钩。",
        "staffing",
        2,
        "guard: a pay structure tied to appraisal results is still the reform",
    ),
    // Questions and answers: the codebook grades what the answer states, not
    // what the question asks.
    (
        "记者:有消息称开发区已经实行全员聘任制,是否属实?",
        "staffing",
        0,
        "a reporter's question whether a reform is in place is no evidence of it",
    ),
    (
        "記者問:開發區是否會對中層幹部實行末位淘汰?",
        "staffing",
        0,
        "a question whether a reform will come, in Traditional characters, is no evidence",
    ),
    (
        "答:开发区自去年起实行全员聘任制,126名工作人员全部竞聘上岗。",
        "staffing",
        3,
        "guard: the answer that reports the reform done with a count is evidence",
    ),
    (
        "答:开发区不会搞末位淘汰,考核结果只用于评先评优。",
        "staffing",
        0,
        "an answer that rules the reform out is a negation, no evidence",
    ),
    (
        "开发区推行竞聘上岗不会搞一刀切,已完成42个岗位的竞聘。",
        "staffing",
        3,
        "guard: 一刀切 refused is how the reform is done, not the reform ruled out",
    ),
    (
        "我们正在组建园区开发运营公司,方案已报管委会审议,公司将承接片区开发职能。",
        "mgmt_company",
        2,
        "a plan submitted for approval is the reform on paper, a plan at most 2",
    ),
    (
        "开发区正在推行岗位聘任制,改革方案已经党工委会议审议通过,明年年初开始竞聘。",
        "staffing",
        2,
        "a plan passed by the committee's meeting, competition next year, is a plan: 2",
    ),
    (
        "开发区正在推行岗位聘任制,改革方案已经党工委会议审议通过,86名干部已竞聘上岗。",
        "staffing",
        3,
        "guard: the plan passed and the posts filled with a count is done",
    ),
    (
        "到2026年,人事薪酬制度改革不断深化,干部队伍活力充分激发。",
        "staffing",
        1,
        "a reform said to deepen in a goal is a slogan, like 深化放管服",
    ),
    (
        "持续深化人事薪酬制度改革,建立绩效考核与薪酬挂钩机制。",
        "staffing",
        2,
        "guard: the mechanism named beside the slogan is still a measure",
    ),
    (
        "管委会主要负责规划编制、产业促进、招商引资和企业服务。",
        "investment",
        1,
        "a committee's duty list names attraction as a field; drafting plans is no staff quota",
    ),
    (
        "开发区核增招商机构编制10名,组建专业招商队伍。",
        "investment",
        3,
        "guard: a staff quota for the attraction bureau is still bound to it",
    ),
    // A bank's president interviewed on the zone's news site: his bank's posts
    // and counters are not the zone's reform.
    (
        "行长:我们对客户经理推行竞聘上岗,业绩与薪酬直接挂钩,去年有6名客户经理竞聘走上团队长岗位。",
        "staffing",
        0,
        "a bank's own competition for posts is not the zone's staffing reform",
    ),
    (
        "我们将在园区开设科技金融专窗,为科技企业提供信贷服务。",
        "one_stop",
        0,
        "a bank's finance counter serves loans, not the zone's approvals",
    ),
    (
        "政务服务中心开设企业开办专窗,已办理业务1200件。",
        "one_stop",
        3,
        "guard: the hall's own counter for firms, with its count, is still the reform",
    ),
    // An investment policy explained question by question.
    (
        "被聘为招商顾问的,年度内引进项目的,奖励比例上浮20%。",
        "investment",
        2,
        "a reward rate raised for a class of introducers is the rule's, not a result",
    ),
    (
        "今年已向12名招商顾问兑现奖励资金86万元,顾问引荐落地项目9个。",
        "investment",
        3,
        "guard: rewards paid and projects landed are results",
    ),
    (
        "通过龙头企业牵线,引进上下游配套企业23家,总投资41亿元。",
        "investment",
        3,
        "suppliers brought in beside an anchor firm, counted with their investment, are a result",
    ),
    (
        "力争通过龙头企业引进上下游配套企业10家。",
        "investment",
        1,
        "the same as a target is a mention of the field",
    ),
    // An investor FAQ: an amount that qualifies the projects a rule covers.
    (
        "总投资5000万元以上的新签约项目,由代办员全程代办审批手续。",
        "investment",
        1,
        "an amount that qualifies the projects a rule covers is a threshold, no amount invested",
    ),
    (
        "今年签约10亿元以上的项目5个,总投资86亿元。",
        "investment",
        3,
        "guard: the projects counted after the threshold, with their investment, are a result",
    ),
    // Reply and rectification documents (round 10): the measures a rectification
    // report takes on each problem are the reform, graded as reported.
    (
        "对照巡察反馈问题,管委会落实整改措施,推行全员聘任制,64名工作人员全部签订岗位聘任合同。",
        "staffing",
        3,
        "a rectification stated done with facts is 3: the inspection named as its ground caps only its own clause",
    ),
    (
        "高新区整改落实“一窗受理”,综合受理窗口今年以来受理企业事项2860件。",
        "one_stop",
        3,
        "整改落实 is the rectification carried out, not a problem found; counted cases are 3",
    ),
    (
        "针对招商考核不到位的问题,管委会制定招商考核细则,对招商人员实行季度考核排名。",
        "investment",
        2,
        "the problem a measure answers caps its own clause; the 招商考核 rules set up after it are a measure with its mechanism",
    ),
    (
        "针对帮办代办力量不足的问题,园区组建代办员队伍,已为38个项目代办施工许可手续。",
        "one_stop",
        3,
        "a rectification done with a count (已为38个项目代办) is 3, whatever shortfall it answered",
    ),
    (
        "巡察指出开发区存在一窗受理落实不到位的问题,企业仍需多头跑。",
        "one_stop",
        1,
        "a problem found by an inspection names the mechanism as missing: at most 1",
    ),
    (
        "审计发现,园区帮办代办力量不足,代办员仅有3名。",
        "one_stop",
        1,
        "a shortfall stated as an audit finding stays a problem: its count is no result",
    ),
    (
        "“管委会+公司”改革推进缓慢,开发运营职能仍由管委会承担。",
        "mgmt_company",
        1,
        "a reform found slow is a problem, not a measure in place",
    ),
    (
        "您提出的关于深化开发区干部人事制度改革的建议收悉,现答复如下。",
        "staffing",
        1,
        "a deputy's proposal asks for the reform; the reply naming it is a mention",
    ),
    (
        "高新区内的某理工大学推行岗位聘任制,共聘任专业技术人员412名。",
        "staffing",
        0,
        "appointment reforms of universities are not evidence",
    ),
    (
        "管委会修订了《招商引资项目考核办法》,将项目落地率纳入考核。",
        "investment",
        2,
        "a rule revised is the reform on paper, a measure with its mechanism (2), not a result",
    ),
    (
        "管委会修订了《招商人员考核办法》,全年按季度考核招商人员32人次。",
        "investment",
        3,
        "the revised rule applied with a count is implemented (3)",
    ),
    (
        "园区审批权限的下放还需市级层面统筹研究。",
        "one_stop",
        1,
        "a matter left to a higher level to study is no plan: a mention",
    ),
    (
        "目前正在研究“管委会+公司”模式在园区的实施路径。",
        "mgmt_company",
        1,
        "studying how a model might be carried out names it, it describes no arrangement",
    ),
    (
        "开发区明确了改革的实施路径,组建开发运营公司,承接园区开发建设职能。",
        "mgmt_company",
        2,
        "the company set up in a clause of its own is a measure, whatever path was studied before",
    ),
    (
        "某银行支行今年为园区企业发放贷款8.6亿元,在企业服务中心举办了银企对接会,26家企业参加。",
        "one_stop",
        1,
        "a bank-firm matchmaking held at the hall names the hall as a venue: a mention, its count is no approval service",
    ),
    (
        "企业服务中心设立企业开办专窗,今年已办理开办业务960件,并举办银企对接会3场。",
        "one_stop",
        3,
        "the hall's own window with its cases counted is 3; a matchmaking in another clause leaves it",
    ),
    (
        "您在《关于在开发区推行全员聘任制的建议》中所提事项,开发区已于2022年全面推行全员聘任制,86名工作人员签订聘任合同。",
        "staffing",
        3,
        "the reform asked for in a proposal's title is a mention, but the reply's report after it with a count is 3",
    ),
    (
        "您提出的《关于在开发区推行全员聘任制的建议》收悉,现答复如下。",
        "staffing",
        1,
        "a proposal's title names the reform asked for: a mention",
    ),
    (
        "管委会已追回违规兑现的招商引资奖励资金236万元。",
        "investment",
        1,
        "money clawed back after an audit is a problem rectified, not an attraction result: the field is named",
    ),
    (
        "审计整改中,开发区追回违规奖励资金58万元,全年新签约亿元以上项目18个,总投资96亿元。",
        "investment",
        3,
        "signed projects with amounts in a clause of their own are 3, beside the money recovered",
    ),
    (
        "巡察组对政务服务中心窗口工作人员开展了个别谈话,共谈话36人次。",
        "one_stop",
        1,
        "the talks an inspection held are counted, not the hall's service: the hall is named",
    ),
    (
        "巡察期间共受理群众来信来访82件,其中反映招商引资问题的9件。",
        "investment",
        1,
        "letters and visits counted by topic are an inspection's tally, not attraction results",
    ),
    (
        "巡察指出,开发区招商专班存在“重签约、轻落地”现象,去年签约的28个项目中仅9个开工。",
        "investment",
        1,
        "a problem an inspection pointed out is not a reform in place, though it counts the projects: at most 1",
    ),
    (
        "巡察指出的问题已整改完成,开发区推行全员聘任制,86名工作人员签订聘任合同。",
        "staffing",
        3,
        "the problems pointed out named as rectified, then the reform done with a count: 3",
    ),
    (
        "开发区对照巡视反馈意见,建立招商引资项目全流程推进机制,目前仍在完善中。",
        "investment",
        2,
        "a rectification in progress with its mechanism (项目推进机制) is 2; the feedback named as its ground caps only its own clause",
    ),
    // Studies: a paper's view and findings, cited by its words, are about
    // zones in general, not the zone the page names.
    (
        "学者们普遍认为,开发区实行全员聘任制有助于打破身份界限。",
        "staffing",
        1,
        "what scholars hold about zones in general is not a zone's plan or reform",
    ),
    (
        "周某(2022)认为,绩效薪酬制度设计的关键在于考核指标的科学性。",
        "staffing",
        1,
        "a cited author's view names the reform, it does not set one up",
    ),
    (
        "研究显示,东部园区的政企分开起步较早,中部园区则探索了“一窗受理”模式。",
        "one_stop",
        1,
        "a study's finding about zones in general is not the zone's reform",
    ),
    (
        "据商务部统计,全国200余家国家级经开区中,已有150余家推行了全员聘任制。",
        "staffing",
        1,
        "the ministry's count of the country's zones is no zone's own reform",
    ),
    (
        "开发区学者工作站揭牌后,管委会推行全员聘任制,已有96名干部竞聘上岗。",
        "staffing",
        3,
        "guard: the zone's own reform reported with its counts still counts",
    ),
    // Gap reports hold other zones up as the model.
    (
        "省内先进园区普遍设立了企业服务中心,实行帮办代办,企业办事不出园区。",
        "one_stop",
        1,
        "what the model zones of a gap report have is not the zone's own service",
    ),
    (
        "对照先进园区,开发区去年设立企业服务中心,已为入园企业代办手续186件。",
        "one_stop",
        3,
        "guard: the zone's own service, reported with its count, still counts",
    ),
    // A training course's visit on site.
    (
        "培训期间,学员们赴开发区政务服务中心进行了现场教学。",
        "one_stop",
        1,
        "a course visiting the hall names it; its 了 is the teaching's, not a result",
    ),
    // A teaching case or a comparison names other zones by a letter.
    (
        "2017年起,C开发区推行全员竞聘上岗,拿出96个岗位面向全体人员公开竞聘。",
        "staffing",
        1,
        "a lettered case zone is not the zone the page names",
    ),
    (
        "与B高新区相比,开发区起步稍晚。开发区去年推行全员竞聘上岗,81名干部竞聘到岗。",
        "staffing",
        3,
        "guard: the zone's own reform in a sentence of its own still counts",
    ),
    // A delegation's headcount.
    (
        "投资促进局、企业服务局负责同志一行6人赴昆山开发区考察。",
        "investment",
        1,
        "the bureau is named; the 6人 are its travellers, not a result",
    ),
    (
        "投资促进局一行6人赴深圳开展驻点招商,签约项目4个,总投资12亿元。",
        "investment",
        3,
        "guard: what the delegation signed, in its own clause, still counts",
    ),
    // 链长制 written with the plus.
    (
        "开发区将建立“链长+专班”工作机制,每条产业链由一名区领导任链长。",
        "investment",
        2,
        "the chain chief's system with its task forces is a mechanism; 将 keeps it a plan",
    ),
    // A college's staffing in the zone.
    (
        "区内职业技术学院推行中层干部竞争上岗,今年通过竞聘产生中层干部31名。",
        "staffing",
        0,
        "a college's appointment reform is not evidence",
    ),
    // A model adopted is an arrangement chosen.
    (
        "开发区组建专业招商公司,采取“管委会+招商公司”模式运作。",
        "mgmt_company",
        2,
        "adopting the committee-and-company model is a measure with its arrangement",
    ),
    (
        "开发区采取有力措施,做好招商引资工作。",
        "investment",
        1,
        "guard: a field of work named beside 采取 stays a slogan",
    ),
    // A book's or a lecture's example from "some place".
    (
        "书中举例说,某地开发区推行“一站式”审批,企业从拿地到开工只用了28天。",
        "one_stop",
        1,
        "an anonymous zone's example is not the zone the page names",
    ),
    // What a delegation came to understand is no result.
    (
        "代表团在开发区详细了解了“一窗受理”的运行情况。",
        "one_stop",
        1,
        "了解了 is what the visitors learned, not a reform reported",
    ),
    (
        "代表团了解了开发区“一窗受理”的运行情况,今年已办件2.1万件。",
        "one_stop",
        3,
        "guard: the count reported beside the visit still counts",
    ),
    // The hosts of a study tour as "they".
    (
        "据东城园区同志介绍,他们早在2019年就完成了“管委会+公司”改革,集团资产已超过600亿元。",
        "mgmt_company",
        1,
        "what the hosts did, told by the visitors, is not the zone's own reform",
    ),
    (
        "窗口工作人员主动靠前服务,他们今年已为企业代办手续320件。",
        "one_stop",
        3,
        "guard: the zone's own staff as they, with their count, still count",
    ),
    // Round a10-party: party-building, discipline and cadre-management pages.
    (
        "开发区党工委书记强调,要以高质量党建引领深化“管委会+公司”改革和全员聘任制改革。",
        "mgmt_company",
        1,
        "党建引领 names the reforms as a party-building slogan's tasks, a mention",
    ),
    (
        "开发区党工委书记强调,要以高质量党建引领深化“管委会+公司”改革和全员聘任制改革。",
        "staffing",
        1,
        "the same slogan names 全员聘任制 as a task only",
    ),
    (
        "开发区坚持党建引领,推行全员聘任制,86名工作人员竞聘上岗。",
        "staffing",
        3,
        "guard: party building named beside a staffing measure with its count still counts",
    ),
    (
        "开发区纪工委对政务服务大厅各窗口开展明察暗访,重点查看服务态度和办件时限。",
        "one_stop",
        1,
        "a discipline body's inspection of the hall names it as a theme; 开展 is the inspectors' act",
    ),
    (
        "园区纪工委对“一窗受理”落实情况开展专项监督。",
        "one_stop",
        1,
        "一窗受理 as the object of a discipline body's special supervision is a theme, not a measure",
    ),
    (
        "开发区纪工委开展专项监督,政务服务中心推行一窗受理,今年已办件3100件。",
        "one_stop",
        3,
        "guard: the hall's own results reported beside the supervision still count",
    ),
    (
        "通报显示,原投资促进局某科长在招商引资中利用职务便利收受财物共计20万元,已被开除党籍。",
        "investment",
        1,
        "a cadre's bribe and punishment in a discipline case name the field; the sum and 已 are the case's",
    ),
    (
        "会议通报了一起违纪违法案件。开发区招商专班今年已签约项目15个,总投资42亿元。",
        "investment",
        3,
        "guard: a discipline case in its own sentence leaves the attraction results beside it",
    ),
    (
        "园区党群服务中心打造“一站式”党群服务阵地。",
        "one_stop",
        0,
        "a party centre's one-stop service for members is not one_stop for firms",
    ),
    (
        "党员组织关系转接、党费缴纳均可在中心一站式办理。",
        "one_stop",
        0,
        "party members' transfers and dues handled in one place are not firms' approvals",
    ),
    (
        "园区党群服务中心内设政务服务专窗,企业可就近办理营业执照,已办理事项860件。",
        "one_stop",
        3,
        "guard: a firms' window in the party centre, with its count, still counts",
    ),
    (
        "开发区已与所属事业单位128名工作人员签订三年聘期合同。",
        "staffing",
        3,
        "聘期合同 signed with the zone's staff is the codebook's 聘期制 done, with a count",
    ),
    (
        "园区以党建引领深化人事制度改革,86名干部竞聘上岗。",
        "staffing",
        3,
        "guard: the slogan's 深化 aside, the competition reported with its count still counts",
    ),
    (
        "开发区每季度对各招商小分队签约、开工项目进行通报排名,结果报党工委。",
        "investment",
        2,
        "a ranking of the attraction teams published each quarter is the codebook's 招商考核 as a measure",
    ),
    (
        "开发区每季度对各招商小分队签约、开工项目进行通报排名,今年已签约项目18个。",
        "investment",
        3,
        "guard: the ranking beside signed projects counted is still done",
    ),
    (
        "开发区党工委书记强调,要在优化营商环境、提升“一站式”服务水平上取得新突破。",
        "one_stop",
        1,
        "优化营商环境 is the stock phrase of a goal; the directive names 一站式 as a slogan",
    ),
    (
        "为优化营商环境,开发区设立企业服务专窗,已办件860件。",
        "one_stop",
        3,
        "guard: a window set up for firms with its count still counts beside the phrase",
    ),
    // Round a10-annals: chronicles (大事记), yearbooks (年鉴) and work reports.
    // A meeting named by its purpose (推进会) names the topic only.
    (
        "3月25日,开发区召开“一站式”审批服务工作推进会。",
        "one_stop",
        1,
        "a meeting that only names the topic is a mention; 推进 in 推进会 is no measure",
    ),
    (
        "4月,开发区召开招商引资现场推进大会,会上组建5个产业链招商专班,当年签约项目31个。",
        "investment",
        3,
        "guard: what the meeting set up and what was signed still count",
    ),
    (
        "开发区推进“一站式”审批服务,在园区设立综合受理窗口。",
        "one_stop",
        2,
        "guard: 推进 as a verb outside a meeting's name is still a measure",
    ),
    // A bank's one-stop finance written in quotation marks or with 综合.
    (
        "5月,招商银行某支行为开发区内30余家企业提供“一站式”综合金融服务,授信总额4亿元。",
        "one_stop",
        0,
        "a bank's one-stop finance for its clients is not the zone's approval service",
    ),
    (
        "开发区企业服务中心推行“一站式”服务,全年为企业办理开办、报建等事项860件。",
        "one_stop",
        3,
        "guard: the zone's own one-stop service with its count still counts",
    ),
    // A research institute's staff in the zone.
    (
        "8月,某大学与开发区共建产业研究院,研究院科研人员实行聘期制。",
        "staffing",
        0,
        "an institute's or a university's appointments are not the zone's staffing",
    ),
    (
        "8月,开发区管委会工作人员实行聘期制,聘期三年,42名工作人员签订聘任合同。",
        "staffing",
        3,
        "guard: the zone's own staff on fixed terms, with a count, still count",
    ),
    // 政务服务改革 named as a field of work.
    (
        "6月14日,邻市考察团来开发区学习政务服务改革经验。",
        "one_stop",
        1,
        "a visit to learn the zone's 政务服务改革 names the field: a mention",
    ),
    (
        "开发区政务服务改革经验在全省推广,区政务服务中心设综合窗口12个,全年办件2.1万件。",
        "one_stop",
        3,
        "guard: the hall's windows and cases reported beside it still count",
    ),
    // The zone's development company by the zone's name, as a chronicle
    // reports its opening.
    (
        "4月,某园区开发建设有限公司正式挂牌运营,园区基础设施建设交由公司市场化运作。",
        "mgmt_company",
        3,
        "the zone's own company opened, dated, taking over its development: done",
    ),
    (
        "4月,某开发区开发建设有限公司成功发行企业债券10亿元。",
        "mgmt_company",
        0,
        "guard: the same company raising money is financing, not the reform",
    ),
    // A window opened, as a chronicle's entry reports it.
    (
        "8月,园区政务服务专窗开通,企业办事不出园区。",
        "one_stop",
        2,
        "a window for firms opened is the arrangement put in place",
    ),
    (
        "9月,开发区企业服务专窗正式开通。",
        "one_stop",
        3,
        "opened for use, plainly said done: the codebook prefers 3",
    ),
    (
        "开发区将于下月正式开通企业服务专窗。",
        "one_stop",
        2,
        "guard: a plan to open the window is a measure, not done",
    ),
    // Procurement notices and capital-market filings (the a11 round).
    // What the winning bidder must supply is an obligation bought, not a result.
    (
        "中标人应在园区政务服务中心配备综合窗口受理人员30名,合同期两年。",
        "one_stop",
        1,
        "the hall named in a tender; the 30 staff are what the contractor must supply, no result",
    ),
    (
        "开发区政务服务中心设综合窗口30个,实行一窗受理,全年办件2.4万件。",
        "one_stop",
        3,
        "guard: the zone's own hall with its windows and cases handled is done",
    ),
    // A property contract's works for the hall: the area is the building's.
    (
        "服务范围包括企业服务中心大楼的保洁、秩序维护、绿化养护,大楼面积4500平方米。",
        "one_stop",
        1,
        "property services of the hall name it; the floor area is no result of the reform",
    ),
    // The contractor's pay rules for its own workers are not the zone's staffing.
    (
        "中标人对派驻窗口的服务人员实行绩效考核,考核结果与其工资挂钩。",
        "staffing",
        0,
        "a contractor's own workers are not zone staff",
    ),
    (
        "管委会对全体聘任人员实行绩效考核,考核结果与绩效薪酬挂钩。",
        "staffing",
        2,
        "guard: the committee's own staff under performance pay is the reform",
    ),
    // A commercial centre's leasing agent lets shops.
    (
        "园区配套商业中心招商运营代理服务项目已确定服务机构。",
        "investment",
        0,
        "a commercial centre's tenant 招商 is leasing, a false friend",
    ),
    (
        "园区组建招商专班,围绕主导产业开展产业链招商,已签约项目12个,总投资36亿元。",
        "investment",
        3,
        "guard: the zone's task force with signed projects is attraction done",
    ),
    // The firms' hall under its other name.
    (
        "园区管委会企业服务大厅设有投资项目审批窗口。",
        "one_stop",
        1,
        "a service hall for firms named (the codebook's 政务服务大厅 for firms)",
    ),
    // A rating's risk disclosure imagines the reform.
    (
        "若开发区后续推行“管委会+公司”改革,公司职能定位和业务范围可能发生调整。",
        "mgmt_company",
        1,
        "a reform as the condition of a risk is neither reported nor planned: a mention",
    ),
    (
        "开发区推行“管委会+公司”改革,由开发运营公司承担园区开发建设。",
        "mgmt_company",
        2,
        "guard: the reform with its arrangement is a measure",
    ),
    // A firm's accounts book the incentive it received.
    (
        "本期计入其他收益的政府补助中,招商引资奖励资金0.42亿元。",
        "investment",
        1,
        "a subsidy booked as a firm's income names the policy; the sum is no attraction result",
    ),
    (
        "开发区兑现招商引资奖励资金3200万元,全年签约项目18个,总投资52亿元。",
        "investment",
        3,
        "guard: the zone's own report with projects signed is a result",
    ),
    // An offering's proceeds and their approvals are the issuer's.
    (
        "本次募集资金投资项目均已取得园区行政审批局的项目备案和环评批复。",
        "one_stop",
        1,
        "the bureau is named as the issuer's approver; the firm's paperwork is no reform result",
    ),
    (
        "园区行政审批局已实行投资项目备案告知承诺,今年已办理备案项目126个。",
        "one_stop",
        3,
        "guard: the bureau's 告知承诺 with cases handled is done",
    ),
    // Legal and normative texts (agreement round: laws, rules, judgments,
    // contracts). A handling mode promised by a rule or a power list.
    (
        "开发区企业投资项目核准实行一窗受理、限时办结。",
        "one_stop",
        2,
        "限时办结 is a rule's promise for each case, not cases done: a measure",
    ),
    (
        "开发区政务服务中心实行一窗受理,全年办结企业事项1200件。",
        "one_stop",
        3,
        "guard: cases counted as 办结 are still done",
    ),
    // An evaluation that finds a reform uneven across zones.
    (
        "开发区人事薪酬制度改革推进不平衡,部分园区尚未实行全员聘任制,绩效薪酬未能落地。",
        "staffing",
        1,
        "a reform found uneven is a problem list naming the mechanism missing: at most 1",
    ),
    (
        "开发区深化人事薪酬制度改革,全面实行全员聘任制,86名工作人员竞聘上岗。",
        "staffing",
        3,
        "guard: the reform pursued and counted is still done",
    ),
    // A contract's fee rate written in words.
    (
        "运营公司引进的产业项目签订投资协议并开工建设的,管委会按项目实际完成投资额的千分之五支付招商服务费。",
        "investment",
        2,
        "the per-mille rate of a fee rule is what the contract pays, not a result: a measure",
    ),
    (
        "今年运营公司引进产业项目,签订投资协议12份,协议总投资15亿元。",
        "investment",
        3,
        "guard: agreements signed and counted are a result",
    ),
    // A party's claim or a court's order in a dispute.
    (
        "原告的诉讼请求:判令被告开发区管委会支付招商引资奖励款120万元及利息。",
        "investment",
        1,
        "a claim in a lawsuit names the matter disputed, not the zone's attraction result",
    ),
    (
        "经审理查明,被申请人自2020年起实行全员聘任制,申请人经竞聘上岗签订聘任合同。",
        "staffing",
        3,
        "guard: a court's fact-finding may state the zone's system in force since a year",
    ),
    // A repealed rule is not in force.
    (
        "关于废止《开发区管委会竞争上岗实施办法》等4件规范性文件的通知",
        "staffing",
        1,
        "a repealed rule's title is a name, not a measure, and its count is of documents",
    ),
    (
        "原《开发区代办服务暂行规定》同时废止,新办法施行以来,已为36个项目全程帮办代办审批手续。",
        "one_stop",
        3,
        "guard: the service reported in force beside the repeal still counts",
    ),
    // A duty list's periodic appraisal of the attraction teams.
    (
        "经济发展局负责对各招商小分队进行季度考核。",
        "investment",
        2,
        "teams appraised each quarter is the codebook's 招商考核 as an arrangement",
    ),
    (
        "开发区对各招商小分队进行季度考核,今年已有3个小分队因考核靠后调整了负责人。",
        "investment",
        3,
        "guard: the appraisal's consequences counted are still done",
    ),
    // A provision a draft already makes is the arrangement on paper.
    (
        "草案第二十条已规定开发区设立企业服务综合窗口,实行一窗受理。",
        "one_stop",
        2,
        "已规定 states what a draft provides: a plan, not the window at work",
    ),
    (
        "开发区已设立企业服务综合窗口,实行一窗受理,今年办件860件。",
        "one_stop",
        3,
        "guard: the window set up and its cases counted is done",
    ),
    // A view voiced in a draft's consultation, and the draft that adopts it.
    (
        "有意见提出,应当规定开发区管委会工作人员实行末位淘汰。",
        "staffing",
        1,
        "a proposal weighed in consultation is no rule of the zone: a mention",
    ),
    (
        "经研究,采纳该意见,草案规定开发区管委会工作人员实行末位淘汰。",
        "staffing",
        2,
        "guard: the draft that adopts it defines the arrangement, a plan",
    ),
    // A court's advice to the committee.
    (
        "本院建议:建立招商引资合同合法性审查制度,设立项目履约跟踪台账。",
        "investment",
        1,
        "a court's advice asks the zone to act; it is not the zone's measure",
    ),
    // Personnel and HR notices of zones and of the firms in them (agreement
    // round on HR pages). The call of a hiring notice with its issuer as the
    // subject: the posts to fill are no count of results.
    (
        "根据园区雇员制管理办法,园区管委会面向社会公开招聘雇员8名。",
        "staffing",
        2,
        "a notice applying the zone's 雇员制 is a measure; 8名 are posts to fill, not a result",
    ),
    (
        "开发区已按照雇员制管理办法面向社会公开招聘雇员32名,全部签订三年期雇员合同。",
        "staffing",
        3,
        "guard: hiring reported done (已 before the call) keeps its count",
    ),
    (
        "投资促进局面向社会公开选聘驻外招商人员6名,派驻长三角招商联络处开展驻地招商。",
        "investment",
        2,
        "驻外招商 staffed by a call for 6 posts is a measure, no signed project",
    ),
    // A pay rule's condition on an evaluation's grade.
    (
        "考核为优秀的,绩效薪酬上浮20%;考核为不合格的,不发放当期绩效薪酬。",
        "staffing",
        2,
        "绩效薪酬 tied to the grade is the arrangement; 20% is what the rule pays, not pay handed out",
    ),
    (
        "2023年度绩效奖金已全部兑现,考核为优秀的20名工作人员绩效薪酬上浮20%。",
        "staffing",
        3,
        "guard: pay handed out, reported with 已 and a count",
    ),
    // A factory's hiring page: its sales team and floor posts are the firm's.
    (
        "销售团队实行月度业绩排名,连续三个月排名末位的实行末位淘汰。",
        "staffing",
        0,
        "末位淘汰 of a firm's sales team is not the zone's staff",
    ),
    (
        "公司实行绩效考核,优秀员工每年可竞聘班组长、车间主任等岗位。",
        "staffing",
        0,
        "a factory's own posts competed for are not the zone's staffing",
    ),
    (
        "开发区实行中层干部末位淘汰,2名考核排名末位的干部已调整岗位。",
        "staffing",
        3,
        "guard: the zone's own cadres under 末位淘汰, done with a count",
    ),
    // A talent fair: firms and talent choosing each other fill the firms' jobs.
    (
        "开发区每季度举办高层次人才洽谈会,区内企业与人才现场双向选择。",
        "staffing",
        0,
        "双向选择 of firms and job seekers at a talent fair is not how the zone's posts are held",
    ),
    (
        "开发区推行双向选择,各部门与工作人员双向选择后,86人全部上岗。",
        "staffing",
        3,
        "guard: the zone's departments and staff choosing each other, done with a count",
    ),
    // Exam candidates served by a hiring exam's platform.
    (
        "考生可通过“一站式”招考服务平台查询笔试成绩。",
        "one_stop",
        0,
        "a one-stop platform for exam candidates is no approval service for firms",
    ),
    (
        "开发区为入区企业提供“一站式”审批服务,已办件860件。",
        "one_stop",
        3,
        "guard: one-stop approval for firms, done with a count",
    ),
    // A notice's list of people to be hired names the hall as where a post is.
    (
        "序号 姓名 性别 拟聘岗位 准考证号\n1 王某 女 开发区政务服务中心综合窗口 20240105\n2 李某 男 开发区经济发展局统计岗 20240211\n3 赵某 男 开发区规划建设局工程岗 20240318\n4 陈某 女 开发区党政办公室文秘岗 20240407\n\n公示时间:2024年9月4日至9月10日(5个工作日)。",
        "one_stop",
        1,
        "the hall named as a post in a hiring list is a name; 5个工作日 is the notice's period",
    ),
    // A park's tenant firms weeded out by their operator are no staff.
    (
        "对连续两年考核排名末位的入驻机构实行末位淘汰,并办理退园手续。",
        "staffing",
        0,
        "末位淘汰 of tenant firms sent out of the park is not the zone's staffing",
    ),
    (
        "开发区对连续两年考核排名末位的工作人员实行末位淘汰。",
        "staffing",
        2,
        "guard: 末位淘汰 of the zone's own staff is the measure",
    ),
    // Staff moved in a reorganisation: the bureau named, the count is of staff.
    (
        "原招商局、经济发展局人员整体转隶至新组建的经济发展局,涉及人员36名,已全部完成转隶手续。",
        "investment",
        1,
        "招商局 named as the bureau whose staff moved; 36名 are staff, no project",
    ),
    (
        "开发区社会事务管理职能及人员整体转隶至属地街道,涉及人员36名,已全部完成移交。",
        "mgmt_company",
        3,
        "guard: social affairs shed with their staff, done with a count, is mgmt_company's reform",
    ),
    // A training course's trainees are no result of the reform.
    (
        "投资促进局、各招商小分队成员共120人次参加培训。",
        "investment",
        1,
        "the teams named (the codebook's 1); 120人次 are trainees, no project",
    ),
    (
        "招商小分队参加培训后,新签约项目8个,总投资12亿元。",
        "investment",
        3,
        "guard: the team's signed projects, in a clause of their own, still count",
    ),
    // Workers' labour disputes: a one-stop centre for litigants, not firms.
    (
        "经开区劳动争议“一站式”调处中心揭牌运行。",
        "one_stop",
        0,
        "one-stop mediation of labour disputes serves workers, not firms' approvals",
    ),
    (
        "经开区企业服务“一站式”中心揭牌运行。",
        "one_stop",
        3,
        "guard: a one-stop centre for firms opened is done",
    ),
    // The staff type of an ordinary hiring, in the list of those to be hired.
    (
        "经笔试、面试、体检、考察,拟聘用以下6名同志为经开区聘用制工作人员。",
        "staffing",
        0,
        "an ordinary hiring of contract staff is no reform of how the zone's posts are held",
    ),
    (
        "开发区全面推行聘用制,86名工作人员全部签订聘用合同。",
        "staffing",
        3,
        "guard: the appointment system put in force for all staff, done with a count",
    ),
    // An agency's licence, a matter the hall approves, is no job advertisement.
    (
        "今年3月,园区设立人社政务服务专区,人力资源服务许可、劳务派遣经营许可等8项审批事项实现一窗受理。",
        "one_stop",
        3,
        "一窗受理 of 8 matters put in place; 劳务派遣 names a licence, not clerks hired",
    ),
    (
        "拟通过劳务派遣方式招聘政务服务中心窗口工作人员6名。",
        "one_stop",
        1,
        "guard: window clerks hired through an agency name the hall only",
    ),
    // Workers' own social insurance, at a social security centre.
    (
        "东湖经开区社会保障服务中心设置社保综合窗口,企业职工办理养老保险关系转移、失业金申领等业务实现“一站式”办理。",
        "one_stop",
        0,
        "employees' pension transfers and unemployment pay are their own matters, not firms' approvals",
    ),
    (
        "开发区政务服务中心设置企业综合窗口,企业开办、社保登记等事项实现“一站式”办理,今年已办件1200件。",
        "one_stop",
        3,
        "guard: firms' matters in one window, done with a count",
    ),
    // A wage survey of the zone's firms reports the firms' pay.
    (
        "被调查企业员工绩效工资平均占比为32%,实行全员绩效考核的企业占比达71%。",
        "staffing",
        0,
        "the surveyed firms' pay structure is not the zone's staffing",
    ),
    (
        "开发区实行全员绩效考核,工作人员绩效工资占比提高到40%,已兑现绩效奖金136人。",
        "staffing",
        3,
        "guard: the zone's own staff paid by performance, done with a count",
    ),
    // Files stored after an archive audit are no sealing of status.
    (
        "审核结束后,全部档案已整理装订,档案封存于档案室密集柜,实行专人管理。",
        "staffing",
        0,
        "files put away in an archive room are storage, not the appointment reform's 档案封存",
    ),
    (
        "开发区实行全员聘任,原有人员档案封存,按岗位确定待遇。",
        "staffing",
        2,
        "guard: the staff's old status sealed under 全员聘任 is the reform",
    ),    // Business-environment pages: one-pass service across provinces; liaisons,
    // lawyers, canteens, forums and private agencies are not the zone's approvals.
    (
        "开发区与外省两个园区签订合作协议,实现企业设立登记等52项事项“跨省通办”,今年已累计办理跨省业务460件。",
        "one_stop",
        3,
        "跨省通办: a firm's matter filed in one zone and handled by another, done with counts",
    ),
    (
        "開發區與外省兩個園區簽訂合作協議,企業變更登記等事項實現“跨省通辦”,今年已辦理跨省業務320件。",
        "one_stop",
        3,
        "跨省通辦 in Traditional characters, done with counts",
    ),
    (
        "开发区人社局选派8名用工服务专员,上门收集企业缺工岗位,今年举办招聘会12场。",
        "one_stop",
        0,
        "a hiring liaison (用工服务专员) finds workers, no one carries the firm's approvals",
    ),
    (
        "开发区为每个新落户项目配备1名项目服务专员,全程帮办审批手续,今年已帮办事项210件。",
        "one_stop",
        3,
        "guard: a project steward who carries the approvals, done with counts",
    ),
    (
        "园区公共法律服务工作站为企业提供法律咨询、公证等一站式法律服务,已接待咨询260人次。",
        "one_stop",
        0,
        "legal advice at a legal service station (一站式法律服务) is not the zone's approvals",
    ),
    (
        "园区企业服务中心为企业提供一站式审批服务,今年已办件3600件。",
        "one_stop",
        3,
        "guard: the hall's one-stop approval service, done with counts",
    ),
    (
        "管委会机关食堂完成改造,新增窗口3个,为干部职工提供一站式就餐服务。",
        "one_stop",
        0,
        "a canteen's one-stop meals serve diners, not firms' approvals",
    ),
    (
        "第八期政企座谈会在开发区政务服务中心召开,9家企业负责人参加。",
        "one_stop",
        1,
        "a forum held at the hall names the venue: a mention; the firms counted came to talk",
    ),
    (
        "开发区召开企业座谈会,会后在政务服务中心增设项目审批专窗,已办理事项320件。",
        "one_stop",
        3,
        "guard: a window set up after the forum, done with counts",
    ),
    (
        "【开发区执照代办】我们为客户提供一站式开办服务,3天拿照,已服务客户2000余家。",
        "one_stop",
        0,
        "a private agency's ad to its customers is not the zone's approval service",
    ),
    (
        "公司注册代办:有限公司、个体户注册,3个工作日拿营业执照。",
        "one_stop",
        0,
        "a private agency's product (公司注册代办) with the days it promises is its trade",
    ),
    (
        "开发区政务服务中心为新办企业免费代办公司注册,今年已代办1150户。",
        "one_stop",
        3,
        "guard: the hall's free agency for firms' registration, done with counts",
    ),
    (
        "由行政审批局牵头,组建20名以上的代办员队伍,对新落户项目实行全程代办。",
        "one_stop",
        2,
        "a team's minimum size (20名以上的) is a plan's floor, not people counted: a measure, 2",
    ),
    (
        "开发区组建代办员队伍,已为86个项目代办审批事项430件。",
        "one_stop",
        3,
        "guard: the agency team reported with counts",
    ),    (
        "开发区推行审批帮办,新落户项目从签约到开工平均用时缩短至45天,较去年减少20天。",
        "investment",
        1,
        "the days a project takes through its approvals are the approval service's result, not attraction: the projects named, 1",
    ),
    (
        "开发区实行招商专班制,新签约项目26个,项目从签约到开工平均用时缩短至45天。",
        "investment",
        3,
        "guard: projects signed by an attraction team, counted in a clause of their own",
    ),
    // Appraisal methods and indicator tables name each reform as the condition of a score.
    (
        "实行“管委会+公司”模式、开发运营职能交由公司承担的,得6分;已全面推行全员聘任制的得5分。",
        "mgmt_company",
        1,
        "a reform named as the condition of an appraisal's score is an item named, not the zone's model",
    ),
    (
        "实行“管委会+公司”模式、开发运营职能交由公司承担的,得6分;已全面推行全员聘任制的得5分。",
        "staffing",
        1,
        "the 已 of a scoring condition is no result: an item named",
    ),
    (
        "已设立企业服务专窗并实行一窗受理的得4分,未设立的不得分。",
        "one_stop",
        1,
        "an indicator table's scoring standard names the window as an item",
    ),
    (
        "建立招商专班、开展产业链招商的,得5分;新签约亿元以上项目每个得0.5分。",
        "investment",
        1,
        "attraction mechanisms named as scoring items, the points are no result",
    ),
    (
        "该区考核得分92分,已组建开发运营公司,承接园区开发建设职能12项。",
        "mgmt_company",
        3,
        "guard: an appraisal's result that reports the zone's company with facts",
    ),
    // A meeting's minutes: what it adopted or agreed to set up is the reform on paper.
    (
        "会议审议通过《关于向开发区下放部分市级审批权限的决定》,向开发区下放建设工程规划许可等审批权限48项。",
        "one_stop",
        2,
        "the content of a decision a meeting adopted is an arrangement on paper; 48项 are powers granted, not handed over",
    ),
    (
        "《审批权限下放方案》经市政府常务会议审议通过,开发区已承接下放审批权限48项,办件1500件。",
        "one_stop",
        3,
        "guard: powers reported taken over with cases handled",
    ),
    (
        "一、同意设立智能制造、生物医药等5个招商专班,由投资促进局牵头组建。",
        "investment",
        2,
        "a body a meeting agreed to set up is a plan passed by a meeting, the count is of bodies to be set up",
    ),
    (
        "会议同意组建新能源产业链招商专班,由招商局牵头,专班设工作人员6名。",
        "investment",
        2,
        "a meeting's consent to form a team is the plan, its staff numbers no result",
    ),
    (
        "去年开发区设立5个招商专班,由投资促进局牵头,已签约项目21个。",
        "investment",
        3,
        "guard: teams set up last year with projects signed",
    ),
    // Evaluations, appraisals and pay rules.
    (
        "年度考核得分与绩效奖金挂钩,考核优秀的按1.3倍系数发放绩效奖金。",
        "staffing",
        2,
        "the coefficient of a pay rule is what the rule pays, not pay handed out: a measure",
    ),
    (
        "受管委会委托,第三方机构对开发区平台公司2024年度运营情况进行了评估。",
        "mgmt_company",
        1,
        "the 了 of 进行了评估 is the evaluators' act, not the company's reform",
    ),
    (
        "第三方机构进行了评估,开发区平台公司已承接园区开发建设职能,全年营收2.6亿元。",
        "mgmt_company",
        3,
        "guard: what the evaluation found, reported with facts",
    ),
    (
        "开发区组织企业代表对招商局、政务服务局等11个部门开展民主评议。",
        "investment",
        1,
        "departments appraised by the public are named; the count is of departments",
    ),
    (
        "会议研究了孵化大楼招商事项。",
        "investment",
        0,
        "a building's space let to tenants is the codebook's tenant 招商 (leasing)",
    ),
    (
        "科创孵化大楼三层空置用房由运营方招商出租,租金每月每平方米30元。",
        "investment",
        0,
        "招商出租 is leasing office space, not investment attraction",
    ),
    (
        "开发区组建招商专班,已引进企业入驻孵化大楼12家。",
        "investment",
        3,
        "guard: firms brought into the zone's incubator by an attraction team",
    ),
    // A ledger row: the deadline column, then the task marked done with facts.
    (
        "推行容缺受理\t政务服务局\t2025年3月底前\t已完成,累计办理容缺受理事项86件。",
        "one_stop",
        3,
        "a ledger marked 已完成 with facts is a result; the deadline before it is the task's, not a plan",
    ),
    (
        "推行容缺受理\t政务服务局\t2025年3月底前\t推进中,已梳理容缺事项清单。",
        "one_stop",
        2,
        "guard: a ledger row still in progress stays a plan",
    ),
    (
        "开发区推行帮办代办,6月底前已完成代办员配备,累计代办事项142件。",
        "one_stop",
        3,
        "done by the deadline, with a count: a result",
    ),
    // Promotion pages: a firm's dealers signed at its own sales conference.
    (
        "区内一家家电企业召开年度销售大会,现场有48家代理商签约加盟,签约金额1.6亿元。",
        "investment",
        0,
        "dealers signed by a firm are its sales network, not investment brought into the zone",
    ),
    (
        "开发区举办投资推介会,现场签约项目6个,总投资28亿元,其中一家汽车经销商集团投资5亿元建设区域物流基地。",
        "investment",
        3,
        "guard: a dealer group investing in the zone is a signed project with its sum",
    ),
    // A technical cooperation signing brings know-how, not investment.
    (
        "论坛期间,举行了产业联盟与8家企业的技术合作签约。",
        "investment",
        0,
        "a technical cooperation signed is no investment project",
    ),
    (
        "开发区集中签约项目12个,总投资56亿元;同日还举行了校地技术合作签约。",
        "investment",
        3,
        "guard: the projects signed in their own clause keep their result",
    ),
    // A tourism promotion signs travel agencies for visitors.
    (
        "推介会上,开发区介绍了工业旅游精品线路,并与12家旅行社签订合作协议。",
        "investment",
        0,
        "routes presented and travel agencies signed bring visitors, not investment",
    ),
    (
        "开发区举办招商推介会,签约文旅项目5个,总投资30亿元。推介会后,与会旅行社代表参观了园区。",
        "investment",
        3,
        "guard: tourism projects signed with their sum are investment; the agencies stand in a sentence of their own",
    ),
    // A bank's financial service counter is no approval window.
    (
        "合作银行将在园区设立金融服务专窗,为企业提供融资咨询。",
        "one_stop",
        0,
        "a bank's counter for loans is not the codebook's 专窗 for firms' approvals",
    ),
    (
        "开发区政务服务中心设立企业服务专窗,已为入区企业办理审批事项320件。",
        "one_stop",
        3,
        "guard: the zone's own window for firms, done with a count",
    ),
    // 一把手招商 is 顶格招商 under its other name.
    (
        "开发区实行“一把手招商”,党工委书记每季度带队外出招商。",
        "investment",
        2,
        "the top leader leading attraction is a named mechanism put in place: a measure",
    ),
    // The shops of an apartment block let to tenants.
    (
        "园区人才公寓项目启动配套商业招商。",
        "investment",
        0,
        "shops let to tenants are leasing, not investment attraction",
    ),
    (
        "开发区完善园区商业配套,同时开展产业链招商,已签约项目3个,总投资12亿元。",
        "investment",
        3,
        "guard: chain attraction beside the shops, done with a count",
    ),
    // A hall's count of matters taken in, naming it as 中心 only.
    (
        "2025年,中心共受理各类事项8.2万件,按时办结率100%。",
        "one_stop",
        3,
        "the service hall's matters taken in and counted are the one-stop service done",
    ),
    (
        "信访办全年共受理各类信访事项260件。",
        "one_stop",
        0,
        "guard: petitions taken in by the petitions office are no approval service",
    ),
    // A rule drafted and sent to the committee (a rectification table's
    // in-progress row, its cells separated by tabs).
    (
        "未建立人员绩效考核与薪酬挂钩机制\t制定绩效薪酬管理办法\t正在推进,办法已提交党工委会议审议",
        "staffing",
        2,
        "a rule submitted to the committee's meeting is the reform on paper, in progress: 2",
    ),
    (
        "绩效薪酬管理办法已提交党工委会议审议通过,今年已兑现绩效奖金,58名员工实现收入能增能减。",
        "staffing",
        3,
        "guard: the rule passed and the pay handed out are the reform done",
    ),
    // Innovation and talent pages: an incubator's or a talent centre's one-stop
    // service, a talent flat's lease, the difficulty a measure answers, and a
    // university park's or an operator's own staff.
    (
        "孵化器为入孵企业提供办公场地、创业辅导、投融资对接等一站式孵化服务。",
        "one_stop",
        0,
        "an incubator's one-stop incubation service to its tenants is no approval service",
    ),
    (
        "开发区在孵化器内设立政务服务代办点,为入孵企业一站式办理营业执照、税务登记,已办理事项86件。",
        "one_stop",
        3,
        "guard: a service point in the incubator that handles firms' licences, with a count, is the one-stop service done",
    ),
    (
        "人才服务“一站式”,让各类人才安心扎根开发区。",
        "one_stop",
        0,
        "a talent service's one-stop slogan is a service for people, not firms' approvals",
    ),
    (
        "人才服务中心为各类人才集中提供落户、配偶就业、人才公寓申请等一站式服务。",
        "one_stop",
        0,
        "a talent's settling-in matters (family, flat) handled in one place are residents' one-stop",
    ),
    (
        "人才服务中心为申请入住的人才提供全程代办服务。",
        "one_stop",
        0,
        "helping talents move into a flat is a residents' agency service, not firms' approvals",
    ),
    (
        "人才公寓首批房源交付,入住手续全程代办。",
        "one_stop",
        0,
        "a talent flat's moving-in formalities done for tenants are no approval service",
    ),
    (
        "政务服务中心为企业和人才提供全程代办服务,今年已代办项目审批事项215件。",
        "one_stop",
        3,
        "guard: an agency service for firms and talents alike with firms' approvals counted is done",
    ),
    (
        "人才公寓从资格审核到签约入住最快3天完成。",
        "investment",
        0,
        "a tenant signing for a flat is no project signed",
    ),
    (
        "为破解本地研发资源不足的难题,开发区去年在上海设立科创飞地,派驻5名招商人员开展驻点招商,已落地项目12个。",
        "investment",
        3,
        "the difficulty a measure answers does not cap the stationed attraction reported after it",
    ),
    (
        "大学科技园推行科研岗位竞聘上岗。",
        "staffing",
        0,
        "a university science park's posts are a university's staffing, not the zone's",
    ),
    (
        "加速器运营方对其团队实行绩效薪酬,员工收入与孵化成效挂钩。",
        "staffing",
        0,
        "a contracted operator's pay for its own team is not the zone's staffing",
    ),
    (
        "开发区管委会实行全员聘任制,126名工作人员全部竞聘上岗,薪酬与考核结果挂钩。",
        "staffing",
        3,
        "guard: the committee's own appointment and pay reform with a count is done",
    ),
    // The zone's platform companies and their reform (state-asset texts): the
    // functions handed over, listed up to investment or the zone's assets.
    (
        "2023年5月,区属投资集团承接了管委会移交的园区道路建设、厂房运营和产业投资等职能,接收人员25名。",
        "mgmt_company",
        3,
        "development and investment functions taken over by the zone's group, with date and staff, are the model done",
    ),
    (
        "管委会已将园区国有资产管理等职能移交区属国有企业承担。",
        "mgmt_company",
        3,
        "the zone's asset management handed to its company, stated done, is the company taking over functions",
    ),
    // Projects signed, counted by their size after 已累计.
    (
        "今年以来,开发区已累计签约亿元以上项目18个,总投资96亿元。",
        "investment",
        3,
        "signed projects counted with their investment are attraction results",
    ),
    (
        "力争全年签约亿元以上项目10个。",
        "investment",
        2,
        "a signing target with its number is a plan: 2 at most, not a result",
    ),
    // Investors buying into the zone's company sign a reform, not a project.
    (
        "园区运营公司混合所有制改革签约仪式在开发区举行,引入两家民营股东。",
        "investment",
        0,
        "a company's mixed-ownership signing brings in shareholders, not projects to the zone",
    ),
    (
        "开发区举行重点项目签约仪式,现场签约项目12个,总投资58亿元。",
        "investment",
        3,
        "guard: a project signing ceremony with projects counted is attraction done",
    ),
    // A post at the zone's company named in its hiring notice.
    (
        "开发区开发投资集团公开招聘:工程管理岗4名、招商运营岗3名、法务岗2名。",
        "investment",
        0,
        "a post to fill counts people to hire, not projects or a mechanism",
    ),
];

#[test]
fn default_rubric_follows_the_codebook() {
    let scorer = scorer();
    let mut wrong = Vec::new();
    for &(sentence, dimension, expected, why) in ROWS {
        let got = grade(&scorer, &format!("{ZONE_HEADER}{sentence}"), dimension);
        if got != expected {
            wrong.push(format!(
                "{sentence} [{dimension}]: got {got}, want {expected} ({why})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn text_about_no_development_zone_is_zero_whatever_words_it_uses() {
    let scorer = scorer();
    let bank = "招商证券首次覆盖报告。公司成立招商专班,累计签约项目32个,推行全员聘任制。";
    let score = scorer.score(&Document::from_text("bank", bank));
    assert!(score.dimensions.iter().all(|d| d.grade == 0));
    let scope = score
        .scope
        .unwrap_or_else(|| panic!("the default rubric sets a scope"));
    assert!(!scope.in_scope);
    assert!(scope.reason.contains("out of scope"), "{}", scope.reason);
    // The same sentences on a zone's page count.
    let zone = scorer.score(&Document::from_text("zone", format!("{ZONE_HEADER}{bank}")));
    assert_eq!(zone.dimensions.iter().map(|d| d.grade).max(), Some(3));
}

#[test]
fn a_bank_branch_named_after_the_zone_does_not_put_a_text_in_scope() {
    let scorer = scorer();
    let text =
        "招商银行开发区支行开业\n近日,招商银行开发区支行正式开业,将为园区企业提供一站式金融服务。";
    let score = scorer.score(&Document::from_text("branch", text));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(false));
    assert!(score.dimensions.iter().all(|d| d.grade == 0));
}

#[test]
fn a_scenic_areas_committee_does_not_put_a_text_in_scope() {
    let scorer = scorer();
    let text = "河南省嵩山风景名胜区管理委员会召开会议,推行一站式服务。";
    let score = scorer.score(&Document::from_text("scenic", text));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(false));
}

#[test]
fn a_school_or_campus_named_after_the_zone_does_not_put_a_text_in_scope() {
    // Like the bank branches: a school or a university's campus that sits in
    // the zone carries its name, its staffing is its own.
    let scorer = scorer();
    for text in [
        "某某新区实验小学教师岗位竞聘方案\n某某新区实验小学全体教师实行竞聘上岗,聘期一年。",
        "某某学院(某某高新区校区)人事改革\n学院位于某某高新区,全面推行岗位聘任制。",
    ] {
        let score = scorer.score(&Document::from_text("school", text));
        assert_eq!(score.scope.map(|s| s.in_scope), Some(false), "{text}");
        assert!(score.dimensions.iter().all(|d| d.grade == 0), "{text}");
    }
    // The zone named beside its school is still the zone's page.
    let zone =
        "某某经济开发区管委会\n开发区推行全员聘任制,86名干部竞聘上岗;开发区实验小学新校舍投用。";
    let score = scorer.score(&Document::from_text("zone", zone));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(true));
}

#[test]
fn provinces_own_names_for_zones_put_a_text_in_scope() {
    // Henan's 产业集聚区, the 工业集中区 of Sichuan and Jiangsu, a pilot
    // free-trade zone: zones by other names, never saying 开发区.
    let scorer = scorer();
    for text in [
        "某县产业集聚区深化人事制度改革\n今年以来,集聚区全面推行全员聘任制,42名干部全部竞聘上岗。",
        "某工业集中区优化服务\n工业集中区设立企业服务中心,已为58家企业代办审批手续。",
        "某自贸试验区片区改革\n自贸试验区片区推行“一枚印章管审批”,已累计办理业务1200件。",
    ] {
        let score = scorer.score(&Document::from_text("zone", text));
        assert_eq!(score.scope.map(|s| s.in_scope), Some(true), "{text}");
        assert_eq!(
            score.dimensions.iter().map(|d| d.grade).max(),
            Some(3),
            "{text}"
        );
    }
}

#[test]
fn an_english_zone_name_puts_a_bilingual_page_in_scope() {
    // A bilingual investment page names its zone in English beside one
    // Chinese name; a bank's English sub-branch name does not count.
    let scorer = scorer();
    let zone = "Invest in Linhai Development Zone\n投资临海经开区:投资服务中心为外资企业提供一站式服务,2024年已为86家外资企业代办注册、施工许可等手续。";
    let score = scorer.score(&Document::from_text("bilingual", zone));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(true));
    assert_eq!(score.dimensions.iter().map(|d| d.grade).max(), Some(3));
    let bank = "China Merchants Bank Linhai Development Zone Sub-branch\n招商银行临海经开区支行推出科创贷,已为28家企业发放贷款。";
    let score = scorer.score(&Document::from_text("bank", bank));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(false));
}

#[test]
fn a_taiwanese_investment_zone_is_in_scope() {
    // The national zones for Taiwanese investment (台商投资区) call themselves
    // 投资区 on their own pages and name the committee once: they are zones.
    let scorer = scorer();
    let text = "海滄台商投資區 新聞\n海滄台商投資區去年起實行全員聘任制,62名工作人員全部競聘上崗。投資區設立台企服務專窗,今年以來已辦理事項430件。";
    let score = scorer.score(&Document::from_text("zone", text));
    assert_eq!(score.scope.map(|s| s.in_scope), Some(true));
    assert_eq!(score.dimensions.iter().map(|d| d.grade).max(), Some(3));
}
