package dev.leaseport.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.unit.ListUnits;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseCaseDiscoveryTest {

  @Test
  void everyPublicClassOfTheApplicationLayerOutsideItsPortsBecomesABean() {
    List<JavaClass> useCases =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(UseCaseDiscovery.APPLICATION)
                .stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> c.isTopLevelClass() && !c.getSimpleName().equals("package-info"))
                .filter(c -> !c.getPackageName().startsWith(UseCaseDiscovery.PORTS))
                .toList();

    assertThat(useCases).hasSizeGreaterThanOrEqualTo(13);
    assertThat(useCases).allMatch(c -> UseCaseDiscovery.isUseCase(c.reflect()), "a use case");
  }

  @Test
  void useCasesAreRecognisedAndPortsAreNot() {
    assertThat(UseCaseDiscovery.isUseCase(CreateProperty.class)).isTrue();
    assertThat(UseCaseDiscovery.isUseCase(ListUnits.class)).isTrue();
    assertThat(UseCaseDiscovery.isUseCase(UserTransactions.class)).isFalse();
  }

  @Test
  void classesOutsideTheApplicationLayerAreLeftAlone() {
    assertThat(UseCaseDiscovery.isUseCase(PersistenceWiring.class)).isFalse();
    assertThat(UseCaseDiscovery.isUseCase(String.class)).isFalse();
  }
}
