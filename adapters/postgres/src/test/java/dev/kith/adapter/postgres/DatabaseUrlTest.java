package dev.kith.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void takes_a_jdbc_url_as_it_is() {
        DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://db.internal:5433/kith?sslmode=require ");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/kith?sslmode=require");
        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void turns_a_postgres_url_into_a_jdbc_url_and_credentials() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://kith:s3cret@db.example.com:6543/kith_prod");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/kith_prod");
        assertThat(url.user()).contains("kith");
        assertThat(url.password()).contains("s3cret");
    }

    @Test
    void accepts_the_postgresql_scheme_in_any_case_without_port_or_credentials() {
        DatabaseUrl url = DatabaseUrl.parse("PostgreSQL://localhost/kith");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/kith");
        assertThat(url.user()).isEmpty();
        assertThat(url.password()).isEmpty();
    }

    @Test
    void decodes_percent_encoded_credentials_and_database() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://us%40er:p%3Ass%2Fw%40rd%C3%BC@host:5432/my%20db");

        assertThat(url.user()).contains("us@er");
        assertThat(url.password()).contains("p:ss/w@rdü");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/my%20db");
    }

    @Test
    void keeps_an_unencoded_at_sign_in_the_password() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://user:p@ss@host/db");

        assertThat(url.user()).contains("user");
        assertThat(url.password()).contains("p@ss");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
    }

    @Test
    void passes_parameters_ipv6_hosts_and_several_hosts_to_the_driver() {
        assertThat(DatabaseUrl.parse("postgres://u@[::1]:5432/db?sslmode=verify-full&connectTimeout=3").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/db?sslmode=verify-full&connectTimeout=3");
        assertThat(DatabaseUrl.parse("postgres://u:p@one:5432,two:5433/db?targetServerType=primary").jdbcUrl())
                .isEqualTo("jdbc:postgresql://one:5432,two:5433/db?targetServerType=primary");
    }

    @Test
    void a_user_without_password_has_no_password() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://kith@host/db");

        assertThat(url.user()).contains("kith");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void credentials_given_separately_replace_those_of_the_url() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://a:b@host/db").withCredentials("kith", "");

        assertThat(url.user()).contains("kith");
        assertThat(url.password()).isEmpty();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://host/db");
    }

    @Test
    void never_shows_the_password() {
        assertThat(DatabaseUrl.parse("postgres://kith:s3cret@host/db")).hasToString(
                "DatabaseUrl[jdbc:postgresql://host/db, user=kith, password=***]");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://host/db?user=kith&password=s3cret").toString())
                .doesNotContain("s3cret");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://kith:s3cret@host/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("s3cret");
    }

    @Test
    void refuses_what_is_not_a_postgres_url() {
        assertThatThrownBy(() -> DatabaseUrl.parse("http://host/db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:%zz@host/db")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseUrl("jdbc:mysql://host/db", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
