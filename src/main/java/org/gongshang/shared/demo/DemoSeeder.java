package org.gongshang.shared.demo;

/**
 * A module's part of the demo data. Seeders run once, in {@link #order()}, in one transaction,
 * when demo mode is on and the database has not been seeded yet.
 */
public interface DemoSeeder {

    int REGIONS = 100;
    int ACCOUNTS = 200;
    int NOTIFICATIONS = 300;
    int TOPICS = 400;
    int PLANS = 500;
    int CONSULTATIONS = 600;
    int DELIBERATIONS = 700;
    int OUTCOMES = 800;
    int FOLLOW_UPS = 900;
    int MEMBERS = 1000;

    int order();

    void seed();
}
