package org.gongshang.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.util.PasswordUtil;

/**
 * What the superuser sets up on every start: the server is durable, the application's role
 * {@code gongshang} exists without superuser rights and with the password of its file, and owns
 * the database and everything in it (a cluster of an earlier version had the superuser own it all).
 */
final class ClusterSetup {

    static final String DATABASE = "gongshang";
    static final String APPLICATION_ROLE = "gongshang";
    static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    private ClusterSetup() {
    }

    /** Refuses to go on when the server may lose confirmed transactions or corrupt itself in a crash. */
    static void checkDurability(Connection superuser, EmbeddedDatabaseProperties settings) throws SQLException {
        List<String> off = new ArrayList<>();
        try (Statement statement = superuser.createStatement()) {
            for (String setting : DURABILITY) {
                try (ResultSet value = statement.executeQuery("show " + setting)) {
                    value.next();
                    if (!value.getString(1).equals("on")) {
                        off.add(setting + "=" + value.getString(1));
                    }
                }
            }
        }
        if (off.isEmpty()) {
            return;
        }
        if (settings.durable() || !settings.acceptDataLossOnCrash()) {
            throw new IllegalStateException("The embedded PostgreSQL runs with " + String.join(", ", off)
                    + ": a crash could lose confirmed changes or corrupt the database, so Gongshang does not start on it."
                    + (settings.durable() ? "" : " gongshang.embedded-database.durable=false is for tests only and needs"
                            + " gongshang.embedded-database.accept-data-loss-on-crash=true beside it."));
        }
    }

    /** The application's role and database, owned by that role; run as the superuser on the {@code postgres} database. */
    static void prepareRoleAndDatabase(Connection superuser, String applicationPassword) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + APPLICATION_ROLE + "'")) {
                statement.execute("create role " + APPLICATION_ROLE + " login");
            }
            // Again on every start: whatever someone changed, the role is no more than the owner of its database.
            statement.execute("alter role " + APPLICATION_ROLE
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls connection limit -1");
            statement.execute(PasswordUtil.genAlterUserPasswordSQL(APPLICATION_ROLE, applicationPassword.toCharArray(),
                    "scram-sha-256"));
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE + " owner " + APPLICATION_ROLE
                        + " encoding 'UTF8' template template0");
            }
            statement.execute("alter database " + DATABASE + " owner to " + APPLICATION_ROLE);
            statement.execute("revoke all on database " + DATABASE + " from public");
        }
    }

    /** Hands every object of the database to the application's role; run as the superuser on the application's database. */
    static void handOverObjects(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("""
                    do $$
                    declare
                        change record;
                    begin
                        for change in
                            select format('alter schema %I owner to gongshang', n.nspname) as sql
                            from pg_namespace n
                            where n.nspname not in ('public', 'information_schema') and n.nspname not like 'pg\\_%'
                              and n.nspowner <> 'gongshang'::regrole
                            union all
                            -- Sequences of serial and identity columns and indexes follow their table.
                            select format('alter table %s owner to gongshang', c.oid::regclass)
                            from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                              and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                              and c.relowner <> 'gongshang'::regrole
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                              and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
                            union all
                            select format('alter routine %s owner to gongshang', p.oid::regprocedure)
                            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                            where n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                              and p.proowner <> 'gongshang'::regrole
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                              and d.objid = p.oid and d.deptype = 'e')
                            union all
                            select format('alter type %s owner to gongshang', t.oid::regtype)
                            from pg_type t join pg_namespace n on n.oid = t.typnamespace
                            where t.typtype in ('e', 'd', 'r') and t.typrelid = 0
                              and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'
                              and t.typowner <> 'gongshang'::regrole
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                              and d.objid = t.oid and d.deptype = 'e')
                        loop
                            execute change.sql;
                        end loop;
                    end $$""");
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next();
        }
    }
}
