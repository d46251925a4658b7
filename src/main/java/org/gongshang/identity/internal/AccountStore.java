package org.gongshang.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.shared.web.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table. */
@Repository
public class AccountStore {

    private static final String COLUMNS = """
            id, username, password_hash, real_name, id_number_cipher, id_number_masked, phone_cipher, phone_masked,
            email, residence_region_code, real_name_verified, enabled, must_change_password, failed_logins,
            locked_until, created_at, last_login_at""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewAccount(String username, String passwordHash, String realName,
            byte @Nullable [] idNumberCipher, byte @Nullable [] idNumberHash, @Nullable String idNumberMasked,
            byte @Nullable [] phoneCipher, byte @Nullable [] phoneHash, @Nullable String phoneMasked,
            @Nullable String email, @Nullable String residenceRegionCode, boolean realNameVerified,
            boolean mustChangePassword) {
    }

    public long insert(NewAccount a) {
        return jdbc.sql("""
                insert into account (username, password_hash, real_name, id_number_cipher, id_number_hash, id_number_masked,
                    phone_cipher, phone_hash, phone_masked, email, residence_region_code, real_name_verified, must_change_password)
                values (:username, :password, :realName, :idCipher, :idHash, :idMasked, :phoneCipher, :phoneHash, :phoneMasked,
                    :email, :residence, :verified, :mustChange)
                returning id""")
                .param("username", a.username()).param("password", a.passwordHash()).param("realName", a.realName())
                .param("idCipher", a.idNumberCipher()).param("idHash", a.idNumberHash()).param("idMasked", a.idNumberMasked())
                .param("phoneCipher", a.phoneCipher()).param("phoneHash", a.phoneHash()).param("phoneMasked", a.phoneMasked())
                .param("email", a.email()).param("residence", a.residenceRegionCode())
                .param("verified", a.realNameVerified()).param("mustChange", a.mustChangePassword())
                .query(Long.class).single();
    }

    public Optional<AccountRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id).query(AccountStore::map).optional();
    }

    public Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where lower(username) = lower(:username)")
                .param("username", username).query(AccountStore::map).optional();
    }

    public Optional<AccountRow> findByPhoneHash(byte[] phoneHash) {
        return jdbc.sql("select " + COLUMNS + " from account where phone_hash = :hash")
                .param("hash", phoneHash).query(AccountStore::map).optional();
    }

    public boolean existsByIdNumberHash(byte[] hash) {
        return jdbc.sql("select exists (select 1 from account where id_number_hash = :hash)")
                .param("hash", hash).query(Boolean.class).single();
    }

    public boolean existsByPhoneHash(byte[] hash) {
        return jdbc.sql("select exists (select 1 from account where phone_hash = :hash)")
                .param("hash", hash).query(Boolean.class).single();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select exists (select 1 from account where lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    /** Records a wrong password; returns the number of failures in a row. */
    public int recordFailedLogin(long id) {
        return jdbc.sql("update account set failed_logins = failed_logins + 1 where id = :id returning failed_logins")
                .param("id", id).query(Integer.class).single();
    }

    public void lockUntil(long id, Instant until) {
        jdbc.sql("update account set locked_until = :until, failed_logins = 0 where id = :id")
                .param("id", id).param("until", Timestamp.from(until)).update();
    }

    public void recordSuccessfulLogin(long id) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", id).update();
    }

    public void unlock(long id) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id").param("id", id).update();
    }

    public void changePassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("update account set password_hash = :hash, must_change_password = :mustChange where id = :id")
                .param("id", id).param("hash", passwordHash).param("mustChange", mustChange).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = :enabled where id = :id").param("id", id).param("enabled", enabled).update();
    }

    public void updateProfile(long id, @Nullable String email, @Nullable String residenceRegionCode) {
        jdbc.sql("update account set email = :email, residence_region_code = :residence where id = :id")
                .param("id", id).param("email", email).param("residence", residenceRegionCode).update();
    }

    public void setPhone(long id, byte[] cipher, byte[] hash, String masked) {
        jdbc.sql("update account set phone_cipher = :cipher, phone_hash = :hash, phone_masked = :masked where id = :id")
                .param("id", id).param("cipher", cipher).param("hash", hash).param("masked", masked).update();
    }

    /**
     * A page of accounts, optionally only those with a grant in one of the organisations or living in
     * one of the regions, and matching a text in name or username.
     */
    public List<AccountRow> search(@Nullable String text, @Nullable List<Long> organizationIds,
            @Nullable List<String> residenceRegions, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from account a where true");
        if (text != null) {
            sql.append(" and (a.real_name like :text escape '\\' or a.username like :text escape '\\')");
        }
        if (organizationIds != null || residenceRegions != null) {
            sql.append(" and (a.residence_region_code = any(:regions) or exists (select 1 from role_grant g"
                    + " where g.account_id = a.id and g.organization_id = any(:organizations)))");
        }
        sql.append(" order by a.id desc offset :offset limit :limit");
        var statement = jdbc.sql(sql.toString()).param("offset", offset).param("limit", limit);
        if (text != null) {
            statement = statement.param("text", SearchText.containing(text));
        }
        if (organizationIds != null || residenceRegions != null) {
            statement = statement
                    .param("regions", (residenceRegions == null ? List.<String>of() : residenceRegions).toArray(String[]::new))
                    .param("organizations", (organizationIds == null ? List.<Long>of() : organizationIds).toArray(Long[]::new));
        }
        return statement.query(AccountStore::map).list();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("real_name"), rs.getBytes("id_number_cipher"), rs.getString("id_number_masked"),
                rs.getBytes("phone_cipher"), rs.getString("phone_masked"), rs.getString("email"),
                rs.getString("residence_region_code"), rs.getBoolean("real_name_verified"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), rs.getTimestamp("created_at").toInstant(),
                lastLogin == null ? null : lastLogin.toInstant());
    }
}
