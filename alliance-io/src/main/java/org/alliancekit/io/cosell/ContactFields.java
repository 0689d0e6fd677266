package org.alliancekit.io.cosell;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliancekit.io.cosell.JsonValue.Need;
import org.alliancekit.model.pipeline.Contact;
import org.apiguardian.api.API;

/**
 * How a co-sell system spells the fields of a person: first and last name, email, phone and job
 * title. A person is read into a {@link Contact} named by the first and last name joined with a
 * space, and a contact is written back split at its first space, so that the name reads back the
 * same. The contact's role on the deal has no field in these systems.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the property of the first name
 * @param last the property of the last name
 * @param email the property of the email address
 * @param phone the property of the phone number
 * @param title the property of the job title
 * @param maxLength the longest value of any of these properties
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContactFields(
    String first, String last, String email, String phone, String title, int maxLength) {

  /** Validates the spellings. */
  public ContactFields {
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkNotNull(email, "email");
    checkNotNull(phone, "phone");
    checkNotNull(title, "title");
  }

  /**
   * Reads the people of an array; a person that is not an object or has neither a first nor a last
   * name is reported and left out, the others are kept.
   */
  public List<Contact> read(List<JsonValue> people) {
    List<Contact> contacts = new ArrayList<>();
    for (JsonValue person : people) {
      if (!person.expectObject("a contact")) {
        continue;
      }
      int errors = person.document().errors();
      Optional<String> firstName = person.text(first, Need.OPTIONAL, maxLength);
      Optional<String> lastName = person.text(last, Need.OPTIONAL, maxLength);
      Optional<String> mail = person.text(email, Need.OPTIONAL, maxLength);
      Optional<String> phoneNumber = person.text(phone, Need.OPTIONAL, maxLength);
      Optional<String> jobTitle = person.text(title, Need.OPTIONAL, maxLength);
      if (firstName.isEmpty() && lastName.isEmpty() && person.document().errors() == errors) {
        person.report(
            first,
            org.alliancekit.model.batch.ProblemKind.MISSING_VALUE,
            "a contact needs a " + first + " or a " + last);
      }
      if (person.document().errors() > errors) {
        continue;
      }
      String name =
          Stream.of(firstName, lastName).flatMap(Optional::stream).collect(Collectors.joining(" "));
      person
          .build(
              "contact",
              () ->
                  Contact.builder()
                      .name(name)
                      .email(mail)
                      .phone(phoneNumber)
                      .title(jobTitle)
                      .build())
          .ifPresent(contacts::add);
    }
    return contacts;
  }

  /**
   * Writes a contact into {@code node}; returns the name of each property whose value is longer
   * than {@link #maxLength()}, which is then not written.
   */
  public List<String> write(Contact contact, ObjectNode node) {
    List<String> tooLong = new ArrayList<>();
    String name = contact.name().strip();
    int space = name.indexOf(' ');
    put(node, first, Optional.of(space < 0 ? name : name.substring(0, space)), tooLong);
    put(
        node,
        last,
        space < 0 ? Optional.empty() : Optional.of(name.substring(space + 1).strip()),
        tooLong);
    put(node, email, contact.email(), tooLong);
    put(node, phone, contact.phone(), tooLong);
    put(node, title, contact.title(), tooLong);
    return tooLong;
  }

  private void put(ObjectNode node, String property, Optional<String> value, List<String> tooLong) {
    if (value.isEmpty()) {
      return;
    }
    if (value.get().length() > maxLength) {
      tooLong.add(property);
    } else {
      node.put(property, value.get());
    }
  }
}
