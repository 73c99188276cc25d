// Stops the code generation database started by start-codegen-database.groovy.
def pg = project.getContextValue('leaseport.codegen.postgres')
if (pg != null) {
  pg.close()
  log.info('Code generation database stopped')
}
