package org.gongshang.identity.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The accounts as aggregates, for the use cases that change them; lists and views go through
 * {@code Accounts}. Personal data is written only through {@link AccountRecords}. The hand-written
 * updates raise {@code version} too, so that an aggregate read before them cannot be saved over them.
 */
public interface AccountRepository extends ListCrudRepository<AccountAggregate, Long> {

    /** Login names are unique regardless of case. */
    @Query("select * from account where lower(username) = lower(:username)")
    Optional<AccountAggregate> findByLoginName(String username);

    @Query("select exists (select 1 from account where lower(username) = lower(:username))")
    boolean existsByLoginName(String username);

    // Hashes are bytea; Spring Data would take a byte[] for a list of values in a derived query.
    @Query("select * from account where phone_hash = :phoneHash")
    Optional<AccountAggregate> findByPhoneHash(byte[] phoneHash);

    @Query("select exists (select 1 from account where phone_hash = :phoneHash)")
    boolean existsByPhoneHash(byte[] phoneHash);

    @Query("select * from account where id_number_hash = :idNumberHash")
    Optional<AccountAggregate> findByIdNumberHash(byte[] idNumberHash);

    @Query("select exists (select 1 from account where id_number_hash = :idNumberHash)")
    boolean existsByIdNumberHash(byte[] idNumberHash);

    /** Raises the credentials version with the password: every other session and token of the account ends. */
    @Modifying
    @Query("""
            update account set password_hash = :passwordHash, must_change_password = :mustChange,
                credentials_version = credentials_version + 1, version = version + 1
            where id = :id""")
    void changePassword(long id, String passwordHash, boolean mustChange);

    /**
     * Replaces the phone only if it is still the one the caller saw ({@code expectedHash}, null for
     * none), so that two changes at once cannot both pass their checks.
     *
     * @return 1 when replaced, 0 when the phone changed meanwhile
     */
    @Modifying
    @Query("""
            update account set phone_cipher = :cipher, phone_hash = :hash, phone_masked = :masked, version = version + 1
            where id = :id and phone_hash is not distinct from cast(:expectedHash as bytea)""")
    int replacePhone(long id, byte @Nullable [] expectedHash, byte[] cipher, byte[] hash, String masked);

    /** Not part of the aggregate (nothing decides by it), so a login never collides with a change. */
    @Modifying
    @Query("update account set last_login_at = now() where id = :id")
    void recordSuccessfulLogin(long id);
}
