// Starts a throw-away embedded PostgreSQL for jOOQ code generation and provisions it exactly as
// Leaseport does at run time (roles, then the database), so Flyway and jOOQ see the real schema.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import java.sql.DriverManager

def port = project.properties['codegen.db.port'] as int
def pg = EmbeddedPostgres.builder().setPort(port).start()
project.setContextValue('leaseport.codegen.postgres', pg)

def provision = new File(project.basedir, 'src/main/resources/db/provision')
def run = { String database, File script ->
  DriverManager.getConnection("jdbc:postgresql://localhost:${port}/${database}", 'postgres', '').withCloseable { c ->
    c.createStatement().withCloseable { it.execute(script.text) }
  }
}
run('postgres', new File(provision, '01-roles.sql'))
DriverManager.getConnection("jdbc:postgresql://localhost:${port}/postgres", 'postgres', '').withCloseable { c ->
  c.createStatement().withCloseable { it.execute('CREATE DATABASE leaseport OWNER leaseport_owner') }
}
log.info("Code generation database started on port ${port}")
