//! Whole pages written for this suite in the style of zone news, policy and
//! summary pages and of the controls a researcher meets (a bank branch, a
//! building to let), each with the grades a careful coder gives by
//! `CODEBOOK.md` on the four coded dimensions. Unlike `codebook.rs` (one
//! sentence per rule) each page combines several rules, as real pages do;
//! the Traditional page is the Simplified one converted, and must grade
//! alike.

use zone_reform::{Document, Rubric, Scorer};

/// (name, page, grades for mgmt_company, staffing, one_stop, investment)
const PAGES: &[(&str, &str, [u32; 4])] = &[
    (
        "a PDF extract, hard-wrapped every 26 characters (a verb cut from its term, a term cut in two)",
        "某某经济开发区2023年深化改革工作情况报告\n\
         \u{3000}\u{3000}一、体制机制改革。2023年，开发区探索推行“管\n\
         委会+公司”模式，组建开发区产业发展集团有限公司，承\n\
         接园区开发建设和运营职能，已划转资产32亿元。\n\
         \u{3000}\u{3000}二、人事薪酬制度改革。开发区对全体工作人员实行全\n\
         员聘任制，共有126名干部通过竞聘走上新岗位，薪酬与\n\
         考核结果挂钩。\n\
         \u{3000}\u{3000}三、营商环境。下一步，开发区将依托政务服务中心推\n\
         行一窗受理、集成服务，为重点项目提供帮办代办服务，力\n\
         争企业开办一日办结。\n\
         \u{3000}\u{3000}四、招商引资。开发区组建6个产业链招商专班，实行\n\
         驻外招商和以商招商，全年新签约项目42个，其中亿元以\n\
         上项目18个，总投资120亿元。",
        [3, 3, 2, 3],
    ),
    (
        "reform news",
        "某某经济开发区深化体制机制改革，构建“党工委（管委会）+公司”运营模式，管委会聚焦经济发展主责主业，社会事务剥离属地管理。开发区全面推行全员聘任制、任期制和绩效薪酬制度，打破身份界限，实现能上能下、能进能出。今年以来，开发区政务服务中心实行一窗受理、集成服务，累计办理企业事项1200余件。开发区坚持“双招双引”，组建专业招商队伍，实行市场化招商，全年新签约项目35个，总投资120亿元。",
        [2, 2, 3, 3],
    ),
    (
        "the same news in Traditional characters",
        "某某經濟開發區深化體制機制改革，構建“黨工委（管委會）+公司”運營模式，管委會聚焦經濟發展主責主業，社會事務剝離屬地管理。開發區全面推行全員聘任制、任期制和績效薪酬制度，打破身份界限，實現能上能下、能進能出。今年以來，開發區政務服務中心實行一窗受理、集成服務，累計辦理企業事項1200餘件。開發區堅持“雙招雙引”，組建專業招商隊伍，實行市場化招商，全年新簽約項目35個，總投資120億元。",
        [2, 2, 3, 3],
    ),
    (
        "annual summary",
        "开发区2023年工作总结\n2023年，开发区完成“管委会+公司”改革，组建开发区建设投资有限公司，注册资本10亿元。开发区全员竞聘上岗，共有126名干部通过竞聘走上新岗位。截至目前，政务服务中心已累计为企业代办事项860件。全年新引进项目42个，其中亿元以上项目18个。",
        [3, 3, 3, 3],
    ),
    (
        "plans",
        "开发区管委会召开会议。\n下一步，开发区将积极探索“管委会+公司”模式，研究推行全员聘任制，逐步建立一站式服务机制，加大招商引资力度。",
        [2, 2, 2, 1],
    ),
    (
        "an inspection's findings",
        "开发区管委会召开会议。\n巡察发现，开发区尚未建立全员聘任制，一站式服务机制不健全，招商引资考核办法落实不到位。",
        [0, 0, 1, 1],
    ),
    (
        "a client firm and a contractor",
        "高新区管委会召开会议。\n高新区管委会与华为技术有限公司签订战略合作协议，双方将在智慧园区建设等领域开展合作。\n高新区管委会委托园区投资有限公司实施道路建设项目。",
        [0, 0, 0, 0],
    ),
    (
        "a bank branch named after the zone",
        "招商银行开发区支行开业\n近日，招商银行开发区支行正式开业。该行将为园区企业提供一站式金融服务，推出“招商贷”等产品。支行实行绩效考核，员工竞聘上岗。",
        [0, 0, 0, 0],
    ),
    (
        "office space to let",
        "某产业园区写字楼招商公告\n本园区现有写字楼面向社会公开招商，欢迎企业入驻。招商热线：0531-12345678。园区提供一站式物业服务。",
        [0, 0, 0, 0],
    ),
    (
        "a securities firm",
        "招商证券股份有限公司成立于1991年，是百年招商局旗下的证券公司。公司坚持以客户为中心，为客户提供一站式综合金融服务。近年来，招商证券深化改革，推行市场化选人用人机制，实行全员绩效考核，经营业绩稳步提升。",
        [0, 0, 0, 0],
    ),
    (
        "a hospital",
        "市人民医院开设一站式服务中心，患者挂号、缴费、取药实现一窗受理、一次办成。医院推行全员聘任制和绩效薪酬改革，调动了医务人员积极性。",
        [0, 0, 0, 0],
    ),
    // Round 4 (news): whose act it is. A leader's visit reports the zone's own
    // result (3) and the leader's demands, which name reforms as tasks (1).
    (
        "a leader's visit",
        "市长到开发区调研营商环境\n3月21日,市长一行到开发区调研。在开发区政务服务中心,市长察看了企业开办专区,详细了解一窗受理运行情况。开发区负责人介绍,今年以来中心已通过综合窗口受理企业事项3100余件,企业开办实现半日办结。市长要求,开发区要加快推进“管委会+公司”改革,要进一步深化人事薪酬制度改革,激发干部干事创业活力。",
        [1, 1, 3, 0],
    ),
    // A meeting report: a report heard on a reform's progress (1), a plan
    // deliberated (2), a decision in principle (2), a directive (1).
    (
        "a committee meeting",
        "开发区党工委召开2024年第5次会议\n4月9日,开发区党工委召开会议。会议听取了“管委会+公司”改革推进情况汇报。会议审议了《开发区中层干部竞争上岗实施方案》,方案明确中层岗位全部实行竞争上岗,聘期三年。会议原则同意在政务服务中心设立重点项目专窗,由专人全程帮办代办。会议要求,要持续深化招商引资工作。",
        [1, 2, 2, 1],
    ),
    // Round 4 (controls): parks, hospitals and courts named like a zone's
    // bodies, whose pages name no zone otherwise (the scope test).
    (
        "a forest park's committee",
        "某某国家森林公园管理委员会推行竞聘上岗\n今年以来，某某国家森林公园管委会深化内部管理改革，18个中层岗位全部实行竞聘上岗，已有4名青年干部走上中层岗位，绩效考核结果与绩效工资挂钩。",
        [0, 0, 0, 0],
    ),
    (
        "a hospital's campus named after the zone",
        "市中心医院高新区院区深化改革\n市中心医院高新区院区全面推行中层干部竞聘上岗，26个科室负责人岗位通过竞聘产生。高新区院区在门诊楼设立一站式服务中心，累计服务2万余人次。",
        [0, 0, 0, 0],
    ),
    (
        "a court named after the zone",
        "某经开区人民法院诉讼服务中心启用\n某经开区人民法院诉讼服务中心设置8个综合窗口，实行一窗通办，已接待当事人1500余人次。",
        [0, 0, 0, 0],
    ),
    (
        "a zone committee's budget statement",
        "某某经济开发区管理委员会部门预算说明\n开发区管委会负责开发区规划建设、招商引资、企业服务和行政审批等工作。管委会内设党政办公室、经济发展局、招商局、企业服务局4个机构。项目支出中,招商引资工作经费480万元,主要用于外出招商和客商接待;政务服务大厅运行经费150万元。开发区对部门整体支出开展绩效评价,涉及人员经费和公用经费共计2600万元。",
        [0, 0, 1, 1],
    ),
    (
        "a county report with the zone among other bodies",
        "某某县政府工作报告\n过去一年,县经济开发区管委会已将开发建设职能划转至县城投集团有限公司。园区新签约项目16个,总投资52亿元。全县12个乡镇便民服务中心全面推行“马上办”。县域医共体推行薪酬制度改革,医务人员绩效工资提高12%。公开选聘大学生村官25名。明年,开发区完成开发运营公司市场化转型,推行全员聘任制。",
        [3, 2, 0, 3],
    ),
    // Engine round (lists and tables): a WeChat page's 往期推荐 are other
    // pages' headlines, with or without arrow bullets, and not the page's
    // text; a table's rows with figures are the page's results.
    (
        "a WeChat page's related reading",
        "某某经开区举办首届职工运动会\n11月18日，某某经开区首届职工运动会在园区体育中心开幕，来自园区42家企业的600余名职工参加比赛。运动会设置拔河、跳绳、趣味接力等8个项目，为期两天。\n往期推荐\n经开区全面推行全员聘任制 126名干部竞聘上岗\n经开区政务服务中心一窗受理办件量突破万件\n经开区“管委会+公司”改革取得实效\n经开区今年新签约项目35个 总投资120亿元",
        [0, 0, 0, 0],
    ),
    (
        "related links under arrow bullets",
        "某某经开区举办首届职工运动会\n11月18日，某某经开区首届职工运动会在园区体育中心开幕，来自园区42家企业的600余名职工参加比赛。\n▶ 经开区全面推行全员聘任制 126名干部竞聘上岗\n▶ 经开区政务服务中心一窗受理办件量突破万件\n▶ 经开区今年新签约项目35个 总投资120亿元",
        [0, 0, 0, 0],
    ),
    (
        "a service centre's table",
        "某某经开区政务服务中心2023年运行情况\n2023年，某某经开区政务服务中心推行一窗受理、集成服务，各类事项办理情况如下。\n| 事项类别 | 受理方式 | 办件量 | 按时办结率 |\n| 企业开办 | 一窗受理 | 1260件 | 100% |\n| 工程建设项目审批 | 一窗受理 | 830件 | 100% |",
        [0, 0, 3, 0],
    ),
    (
        "a Hong Kong newspaper's Traditional-script page on a zone's promotion",
        "文匯報 大灣區\n南沙經開區來港推介 現場簽約項目15宗\n香港貿易發展局在開發區舉辦香港服務業推介會，向區內企業推介香港專業服務。開發區在港舉行招商說明會，現場簽約項目15宗，總投資額達人民幣86億。開發區推行「一條龍」服務，由專人跟進港資項目審批。香港公司註冊處提供一站式公司註冊服務。分析人士認為，開發區應加快推進政企分開。",
        [1, 0, 2, 3],
    ),
    // A scanned notice, letter-spaced: the phrases read across the spaces.
    (
        "a letter-spaced scan",
        "某 某 经 济 开 发 区 管 委 会 文 件\n2023年，开发区完成“管 委 会 ＋ 公 司”改革，组建开发区建设发展有限公司，注册资本5亿元。开发区全面推行全 员 聘 任 制，86名工作人员全部竞 聘 上 岗。开发区政务服务中心实行一 窗 受 理。",
        [3, 3, 2, 0],
    ),
    // A rectification progress notice: each problem found, then its
    // rectification, done with figures, in progress with its mechanism, or
    // only studied.
    (
        "a rectification progress notice (problem, then its rectification)",
        "某某经济开发区党工委关于巡察整改进展情况的通报\n\
         一、关于“未实行全员聘任制”的问题。整改情况:对照巡察反馈问题,开发区制定全员聘任制实施方案,今年4月完成全员岗位聘任,112名工作人员全部签订聘任合同。该问题已整改完成。\n\
         二、关于“一窗受理落实不到位”的问题。整改情况:针对综合窗口设置不规范的问题,开发区正在推进综合窗口改革,计划年底前将企业事项全部纳入综合窗口受理。\n\
         三、关于“招商引资考核不到位”的问题。整改情况:针对招商考核不到位的问题,开发区修订了《招商引资考核办法》,对招商人员实行季度考核,今年上半年新签约亿元以上项目9个,总投资46亿元。\n\
         四、关于“‘管委会+公司’改革推进缓慢”的问题。整改情况:开发区正在研究改革的实施路径,该问题正在整改中。",
        [1, 3, 2, 3],
    ),
];

const CODED: [&str; 4] = ["mgmt_company", "staffing", "one_stop", "investment"];

#[test]
fn pages_grade_as_the_codebook_codes_them() {
    let rubric = Rubric::builtin().unwrap_or_else(|e| panic!("{e}"));
    let scorer = Scorer::new(&rubric).unwrap_or_else(|e| panic!("{e}"));
    let mut wrong = Vec::new();
    for &(name, page, want) in PAGES {
        let score = scorer.score(&Document::from_text(name, page));
        let got: Vec<u32> = CODED
            .iter()
            .map(|id| {
                score
                    .dimensions
                    .iter()
                    .find(|d| d.id == *id)
                    .map_or_else(|| panic!("no dimension {id}"), |d| d.grade)
            })
            .collect();
        if got != want {
            wrong.push(format!("{name}: got {got:?}, want {want:?} ({CODED:?})"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
