package org.gongshang.plan.internal;

import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.NewPlan;
import org.gongshang.plan.PlanDrafting;
import org.gongshang.plan.PlanItemInput;
import org.gongshang.plan.PlanReviews;
import org.gongshang.plan.PlanView;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.demo.DemoSeeder;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Component;

/**
 * 达州市政协's 2026 plan, approved by the party committee, and 通川区政协's 2027 plan still a draft;
 * made through the real services by the demo accounts. The member recommends two more topics for
 * the city plan (the demo topics are mostly 通川区's), which the city's staff accept.
 */
@Component
class DemoPlans implements DemoSeeder {

    private final PlanDrafting drafting;
    private final PlanReviews reviews;
    private final Topics topics;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Accounts accounts;
    private final Actors actors;
    private final Organizations organizations;

    DemoPlans(PlanDrafting drafting, PlanReviews reviews, Topics topics, TopicSubmissions submissions, Screenings screenings,
            Accounts accounts, Actors actors, Organizations organizations) {
        this.drafting = drafting;
        this.reviews = reviews;
        this.topics = topics;
        this.submissions = submissions;
        this.screenings = screenings;
        this.accounts = accounts;
        this.actors = actors;
        this.organizations = organizations;
    }

    @Override
    public int order() {
        return DemoSeeder.PLANS;
    }

    @Override
    public void seed() {
        Actor staff = actor("staff");
        Actor staffTc = actor("staff-tc");
        Actor member = actor("member");
        Actor reviewer = actor("reviewer");

        long lights = accepted(member, staff, "中心城区背街小巷路灯照明不足", "通川区老城区多条背街小巷没有路灯或路灯损坏多年无人维修，"
                + "夜间出行不便，老人摔倒、治安隐患时有发生。建议摸排补装路灯，明确维护责任。", "511702001000");
        long buses = accepted(member, staff, "农村客运班线少，群众进城看病难", "河市镇部分村每天只有一班进城客车，错过就要步行十几里，"
                + "老人进城看病、学生返校很不方便。建议优化农村客运班线，推行预约响应式公交。", "511703101000");
        long school = topicTitled("511700", "学校门口上下学交通安全隐患");
        long elevator = topicTitled("511702", "老旧小区加装电梯难");

        PlanView city = drafting.create(new NewPlan(organization("达州市政协", "511700"), 2026), staff);
        drafting.addItem(city.id(), new PlanItemInput(lights, 4, ConsultationForm.OFFLINE, List.of(member.accountId()),
                List.of(organization("市住房和城乡建设局", "511700"))), staff);
        drafting.addItem(city.id(), new PlanItemInput(buses, 6, ConsultationForm.HYBRID, List.of(member.accountId()),
                List.of(organization("市交通运输局", "511700"), organization("达川区交通运输局", "511703"))), staff);
        drafting.addItem(city.id(), new PlanItemInput(school, 9, ConsultationForm.OFFLINE, List.of(member.accountId()),
                List.of(organization("市教育局", "511700"), organization("市交通运输局", "511700"))), staff);
        drafting.submit(city.id(), staff);
        reviews.approve(city.id(), reviewer);

        PlanView district = drafting.create(new NewPlan(organization("通川区政协", "511702"), 2027), staffTc);
        drafting.addItem(district.id(), new PlanItemInput(elevator, 3, ConsultationForm.OFFLINE, List.of(member.accountId()),
                List.of(organization("通川区住房和城乡建设局", "511702"), organization("市住房和城乡建设局", "511700"))), staffTc);
    }

    private long accepted(Actor submitter, Actor screener, String title, String description, String region) {
        TopicView topic = submissions.submit(new NewTopic(title, description, TopicCategory.SOCIETY, region, List.of(), null,
                null, null), submitter);
        screenings.decide(topic.id(), new ScreeningDecision(Decision.ACCEPT, null, "切口小、关联广，列入年度协商计划备选。", null),
                screener);
        return topic.id();
    }

    private long topicTitled(String region, String title) {
        return topics.accepted(region).stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo topic missing: " + title)).id();
    }

    private Actor actor(String username) {
        return actors.of(accounts.findByUsername(username).orElseThrow().id());
    }

    private long organization(String name, String region) {
        return organizations.findByName(name, region).map(Organization::id).orElseThrow();
    }
}
