package org.gongshang.topic.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.Campaign;
import org.gongshang.topic.Campaigns;
import org.gongshang.topic.CoSigns;
import org.gongshang.topic.Decision;
import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.NewCampaign;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.Routings;
import org.gongshang.topic.RoutingLevel;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.stereotype.Component;

/**
 * Campaigns and topics in 通川区 and 达川区, submitted through the real services by the demo
 * accounts: some co-signed, some accepted and routed, one declined, one held by the sensitive-word check.
 */
@Component
class DemoTopics implements DemoSeeder {

    private final TopicSubmissions submissions;
    private final CoSigns coSigns;
    private final Screenings screenings;
    private final Routings routings;
    private final Campaigns campaigns;
    private final CampaignStore campaignStore;
    private final Accounts accounts;
    private final Actors actors;
    private final Organizations organizations;
    private final Clock clock;

    DemoTopics(TopicSubmissions submissions, CoSigns coSigns, Screenings screenings, Routings routings, Campaigns campaigns,
            CampaignStore campaignStore, Accounts accounts, Actors actors, Organizations organizations, Clock clock) {
        this.submissions = submissions;
        this.coSigns = coSigns;
        this.screenings = screenings;
        this.routings = routings;
        this.campaigns = campaigns;
        this.campaignStore = campaignStore;
        this.accounts = accounts;
        this.actors = actors;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return DemoSeeder.TOPICS;
    }

    @Override
    public void seed() {
        Actor resident = actor("resident");
        Actor member = actor("member");
        Actor cadre = actor("cadre");
        Actor dept = actor("dept");
        Actor staff = actor("staff");
        Actor staffTc = actor("staff-tc");
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        Campaign livelihood = campaigns.open(new NewCampaign("2026年民生实事征题",
                "请提出您身边最急需解决的民生问题，采纳的议题将纳入今年政协小微协商和基层协商。", "511700", today.minusDays(10),
                today.plusDays(50)), staff);
        var start = today.minusDays(60).atStartOfDay(Zones.platform()).toInstant();
        campaignStore.insert("通川区老旧小区改造征题", "围绕老旧小区改造中的加装电梯、管网、停车等问题征集议题。", "511702", start,
                today.minusDays(20).atStartOfDay(Zones.platform()).toInstant(), staffTc.accountId());

        long elevator = submit(resident, "老旧小区加装电梯难", "凤凰山社区的老楼大多是上世纪九十年代建的六层楼，没有电梯，老人上下楼非常困难。"
                + "加装电梯要全体住户同意，低层住户有顾虑，资金分摊也谈不拢，希望政协帮助协调，出台补贴和协商办法。",
                TopicCategory.SOCIETY, "511702001001", List.of("老旧小区改造", "养老"), livelihood.id());
        long parking = submit(resident, "凤凰山社区停车难，车辆占用消防通道", "小区车位只有住户数的三分之一，晚上车辆停满消防通道和人行道，"
                + "救护车曾经进不来。建议利用周边闲置地块建设临时停车场，并规范收费。", TopicCategory.SOCIETY, "511702001001",
                List.of("停车"), livelihood.id());
        long market = submit(member, "西外菜市场环境卫生脏乱差", "西外菜市场地面污水横流，垃圾清运不及时，夏天蚊蝇多、气味难闻，"
                + "周边居民反映强烈。建议改造排水设施，明确市场管理方的保洁责任。", TopicCategory.ECOLOGY, "511702002001",
                List.of("环境卫生"), null);
        submit(cadre, "社区养老服务站缺少助餐服务", "凤凰山社区养老服务站只有活动室，没有老年食堂，独居老人吃饭成问题。"
                + "希望引入社会组织运营助餐点，给予场地和运营补贴。", TopicCategory.SOCIETY, "511702001001", List.of("养老"), null);
        long school = submit(dept, "学校门口上下学交通安全隐患", "通川区多所小学门口上下学时段车辆乱停乱放，学生横穿马路，"
                + "存在较大交通安全隐患。拟协商设置接送车位、错峰放学和志愿者护学岗。", TopicCategory.SOCIETY, "511702",
                List.of("教育", "交通安全"), null);
        submit(resident, "滨河路夜市油烟噪音扰民", "滨河路夜市每晚烧烤油烟直冲居民楼，营业到凌晨，住户不敢开窗、难以入睡。"
                + "希望规范夜市经营时间和位置，加装油烟净化设备。", TopicCategory.ECOLOGY, "511702001002", List.of("环境卫生"), null);
        long leak = submit(resident, "楼上漏水物业不管", "我家楼上卫生间漏水半年了，天花板发霉，找物业多次都说要我自己和楼上协商，"
                + "希望有人管一管，赔偿我的损失。", TopicCategory.SOCIETY, "511702001001", List.of("物业管理"), null);
        submit(resident, "反对在小区旁新建垃圾中转站", "听说要在小区围墙外建垃圾中转站，居民担心臭味和噪音，有人说要组织游行反对。"
                + "希望公开选址论证，听取居民意见。", TopicCategory.ECOLOGY, "511702001001", List.of("环境卫生"), null);
        submit(member, "翠屏社区公共厕所太少", "翠屏社区老街区只有一座公厕，距离远、开放时间短，老人和游客如厕不便。"
                + "建议新建或改造公厕，并鼓励沿街单位厕所对外开放。", TopicCategory.SOCIETY, "511703002001", List.of("环境卫生"), null);
        submit(member, "河市镇农村公路安全防护不足", "河市镇部分村道临崖临水路段没有护栏，弯道缺少警示标志，雨季事故多发。"
                + "建议排查危险路段，分批加装护栏和警示设施。", TopicCategory.ECONOMY, "511703101000", List.of("交通安全"), null);

        // Reworded twins of the topics above, so that similar topics by meaning have something to find.
        submit(member, "老旧小区加装电梯推进难", "达川区不少老旧小区想加装电梯，但楼上楼下意见不一、审批环节多、资金缺口大，"
                + "几年下来真正装成的很少。建议出台统一的协商和补贴办法。", TopicCategory.SOCIETY, "511703002001",
                List.of("老旧小区改造"), null);
        submit(member, "老城区停车难问题突出", "老城区道路窄、停车位少，车辆沿街乱停，高峰时段一位难求，还经常堵住公交站。"
                + "建议利用闲置地块建设公共停车场，推行机关单位车位错时共享。", TopicCategory.SOCIETY, "511702002001",
                List.of("停车"), null);

        coSigns.cosign(elevator, member);
        coSigns.cosign(parking, member);
        screenings.decide(elevator, new ScreeningDecision(Decision.ACCEPT, null, "切口小、关联广，列入小微协商备选。", null), staffTc);
        routings.route(elevator, RoutingLevel.CPPCC, organization("通川区政协", "511702"), staffTc);
        screenings.decide(market, new ScreeningDecision(Decision.ACCEPT, null, null, null), staffTc);
        routings.route(market, RoutingLevel.GRASSROOTS, organization("西城街道办事处", "511702002000"), staffTc);
        screenings.decide(school, new ScreeningDecision(Decision.ACCEPT, null, null, null), staff);
        screenings.decide(leak, new ScreeningDecision(Decision.DECLINE, DeclineReason.PERSONAL,
                "房屋漏水属于相邻关系纠纷，建议通过社区人民调解委员会调解，或请物业协调维修。", null), staffTc);
    }

    private long submit(Actor actor, String title, String description, TopicCategory category, String region,
            List<String> tags, Long campaignId) {
        return submissions.submit(new NewTopic(title, description, category, region, tags, campaignId, null, null), actor).id();
    }

    private Actor actor(String username) {
        return actors.of(accounts.findByUsername(username).orElseThrow().id());
    }

    private long organization(String name, String region) {
        return organizations.findByName(name, region).map(Organization::id).orElseThrow();
    }
}
