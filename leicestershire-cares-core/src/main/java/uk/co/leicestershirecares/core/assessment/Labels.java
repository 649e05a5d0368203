package uk.co.leicestershirecares.core.assessment;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.co.leicestershirecares.core.participant.CircumstanceType;

/** Plain-English words for enum values, shared by every reason the reference policy writes. */
final class Labels {
  private Labels() {}

  static String circumstance(CircumstanceType type) {
    switch (type) {
      case CARE_EXPERIENCED: return "care experience";
      case NEET: return "not being in education, employment or training";
      case HOMELESS: return "homelessness";
      case ROUGH_SLEEPING: return "rough sleeping";
      case INSECURE_HOUSING: return "insecure housing";
      case SEND: return "special educational needs and disabilities";
      case CONVICTION: return "a conviction";
      case AT_RISK_OF_OFFENDING: return "a risk of offending";
      case YOUTH_JUSTICE: return "youth-justice involvement";
      case PARENT: return "being a parent";
      case ABUSIVE_RELATIONSHIP: return "an abusive relationship";
      case SUBSTANCE_MISUSE: return "substance misuse";
      case MENTAL_HEALTH_NEED: return "a mental-health need";
      case DEBT: return "debt";
    }
    throw new AssertionError(type);
  }

  /** Lower-case words for an enum constant: {@code FOOD_PRODUCTION} becomes "food production". */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "a, b and c". */
  static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " and " + items.get(items.size() - 1);
  }

  /** The text with its first letter in upper case. */
  static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "13 weeks" for a whole number of weeks, otherwise "N days". */
  static String period(Period period) {
    int days = period.getDays();
    if (days % 7 == 0) {
      return days / 7 == 1 ? "1 week" : days / 7 + " weeks";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
