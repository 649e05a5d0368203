package uk.co.leicestershirecares.core.reason;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * Every source sentence a rule implements, written down once. The reference policy and the Drools
 * rules cite these; a test checks that each sentence appears, word for word, in its document under
 * {@code docs/sources} (the charity's texts) or in {@code docs/policy-decisions.md} (the choices
 * this project made where the texts leave a rule open).
 */
public final class Sources {
  /** Update on WIRE and UP, with Paul's, Hasina's and Toiyan's stories. */
  public static final String WIRE_AND_UP_UPDATE = "000_8df8b8bd680ae635.txt";

  /** Leaving Care Update Q1 2023/24, the reference quarterly report. */
  public static final String LEAVING_CARE_Q1_2023 = "001_cc2b091141c814b2.txt";

  /** Annual Plan 2024-25 and the Power to Change approach. */
  public static final String ANNUAL_PLAN_2024 = "002_c056f95b4ed86a00.txt";

  /** Care experienced networks: mentoring and Mind Matters. */
  public static final String CARE_EXPERIENCED_NETWORKS = "003_9514532cf5a5d25f.txt";

  /** Annual plan 2021-22. */
  public static final String ANNUAL_PLAN_2021 = "004_8f1d1615dcf5d37d.txt";

  /** This project's written policy decisions, where the charity's texts leave a rule open. */
  public static final String POLICY_DECISIONS = "policy-decisions.md";

  /** Every document a rule may cite: the charity's texts and this project's decisions. */
  public static final ImmutableSet<String> DOCUMENTS =
      ImmutableSet.of(WIRE_AND_UP_UPDATE, LEAVING_CARE_Q1_2023, ANNUAL_PLAN_2024,
          CARE_EXPERIENCED_NETWORKS, ANNUAL_PLAN_2021, POLICY_DECISIONS);

  /** UP's age band and target group. */
  public static final Source UP_AGE_AND_OFFENDING =
      Source.of(WIRE_AND_UP_UPDATE,
          "This year, the charity launched the Unlocking Potential Project, which offers holistic"
              + " support to young people aged 18-25 with convictions or those at risk of"
              + " offending.");

  /**
   * Where UP and WIRE work: a decision, since the sources state the area only as a statistic
   * ("800 participants across Leicester, Leicestershire and Rutland").
   */
  public static final Source LLR_AREA =
      Source.of(POLICY_DECISIONS,
          "UP and WIRE work with young people who live in Leicester, Leicestershire or Rutland,"
              + " the area the charity serves.");

  /** WIRE's minimum age: a decision, since WIRE's sentence gives no age. */
  public static final Source WIRE_ADULTS =
      Source.of(POLICY_DECISIONS,
          "WIRE is for adults: a young person may join from their 18th birthday, with no upper"
              + " age.");

  /** Care experience and convictions are history, not states. */
  public static final Source HISTORY_DOES_NOT_EXPIRE =
      Source.of(POLICY_DECISIONS,
          "Care experience and a conviction are facts of a person's history: they hold on every"
              + " day from the day recorded as their start, and the recorded end is kept as the"
              + " day the person left care or the sentence or order ended.");

  /** When the programmes run. */
  public static final Source PROGRAMME_RUNS =
      Source.of(POLICY_DECISIONS,
          "A programme runs between the dates its catalogue entry records, and no one is"
              + " eligible for it on a day it did not run: UP from 1 September 2019, WIRE from 1"
              + " April 2007, the others on every day.");

  /** WIRE is for people with convictions. */
  public static final Source WIRE_FOR_CONVICTIONS =
      Source.of(WIRE_AND_UP_UPDATE,
          "This project provides two weeks unpaid mentored work placements for people with"
              + " convictions in order to get them ready for work.");

  /** UP completers may join WIRE. */
  public static final Source WIRE_AFTER_UP =
      Source.of(WIRE_AND_UP_UPDATE,
          "After successfully completing the project, candidates can join the WIRE Project in"
              + " order to further enhance their confidence and employability.");

  /** Power within: the chaos comes first. */
  public static final Source CHAOS_FIRST =
      Source.of(ANNUAL_PLAN_2024,
          "There is no point trying to work with them on issues such as getting a job or sharing"
              + " their lived experience until this ‘chaos’ is dealt with.");

  /** Toiyan's story: employment on hold while rough sleeping. */
  public static final Source EMPLOYMENT_ON_HOLD =
      Source.of(WIRE_AND_UP_UPDATE,
          "Employment was therefore placed on hold and Toiyan was supported to seek"
              + " accommodation.");

  /** Which circumstances are crises. */
  public static final Source CRISES =
      Source.of(POLICY_DECISIONS,
          "Rough sleeping, homelessness and an abusive relationship are crises: while one is"
              + " active the stage is WITHIN and the employment pathway is on hold.");

  /**
   * An acute mental-health crisis holds employment only when the crises table lists it: the
   * sentence a {@code CRISIS.mental-health-crisis} row cites.
   */
  public static final Source MENTAL_HEALTH_CRISIS_SETTING =
      Source.of(POLICY_DECISIONS,
          "An acute mental-health crisis holds the employment pathway only when the crises table"
              + " lists it; the shipped table does not, so by default only the crises the"
              + " charity's documents name do.");

  /** The order of the stages, and what moving forward and back means. */
  public static final Source STAGE_ORDER =
      Source.of(POLICY_DECISIONS,
          "The stages are ordered power within, power with, power to (WITHIN, WITH, TO): a change"
              + " towards power to is a move forward and a change towards power within is a move"
              + " back.");

  /** Power to: placements, mentoring, jobs, education, influencing decision makers. */
  public static final Source POWER_TO =
      Source.of(ANNUAL_PLAN_2024,
          "This might vary from attending a community project to completing a work placement with"
              + " a local business or being mentored by a local business volunteer.");

  /** Power with: bringing people with similar experiences together. */
  public static final Source POWER_WITH =
      Source.of(ANNUAL_PLAN_2024,
          "We believe that if we can bring people with similar experiences together, it can be an"
              + " empowering experience.");

  /** Power within, starting out: identifying the issues. */
  public static final Source STARTING_OUT =
      Source.of(ANNUAL_PLAN_2024,
          "Key to our approach is being young person centred and working with the young person to"
              + " identify the issues they face and to support them to understand why this is and"
              + " how they might bring about change.");

  /** How recent activity must be to evidence a stage. */
  public static final Source RECENT_ACTIVITY =
      Source.of(POLICY_DECISIONS,
          "Activity is recent when it took place in the 13 weeks (one quarter) before the date"
              + " asked about.");

  /** Leaving Care serves care experienced young people. */
  public static final Source LEAVING_CARE =
      Source.of(CARE_EXPERIENCED_NETWORKS,
          "Leicestershire Cares creates opportunities for care experienced young people to build"
              + " new networks and connections that open up opportunities, aspirations, enhances"
              + " their employability chances and support them to find their own solutions to"
              + " problems they face.");

  /** Care leaver mentoring. */
  public static final Source CARE_LEAVER_MENTORING =
      Source.of(CARE_EXPERIENCED_NETWORKS,
          "Our co-designed care leaver mentoring programme is producing amazing outcomes"
              + " already.");

  /** Mind Matters. */
  public static final Source MIND_MATTERS =
      Source.of(CARE_EXPERIENCED_NETWORKS,
          "Leicestershire Cares has been running a programme centred on supporting care"
              + " experienced young people’s mental wellbeing, resilience and reducing isolation"
              + " by bringing people together, creating social connectiveness and developing peer"
              + " to peer support.");

  /** The age band of the care experienced programmes. */
  public static final Source CARE_LEAVER_AGE_BAND =
      Source.of(POLICY_DECISIONS,
          "Care experienced young people are eligible from their 16th birthday until the day"
              + " before their 26th birthday, the ages English leaving-care support covers.");

  /** Targeted work under the 2021-22 plan. */
  public static final Source TARGETED_WORK_2021 =
      Source.of(ANNUAL_PLAN_2021,
          "Develop and deliver targeted work with care experienced, NEET, homeless and ex"
              + " offending young people aged 15 to 24.");

  /** Targeted work under the 2024-25 plan. */
  public static final Source TARGETED_WORK_2024 =
      Source.of(ANNUAL_PLAN_2024,
          "We will prioritise working with care experienced, NEET, homeless, SEND and young"
              + " people involved in or at risk of being involved in the youth justice system.");

  /** Targeted or prioritised groups. */
  public static final Source TARGETED_OR_PRIORITISED =
      Source.of(POLICY_DECISIONS,
          "A plan that targets its priority groups works only with young people in them; a plan"
              + " that prioritises its groups turns no one in its age band away, and every"
              + " decision says whether the young person is in a priority group.");

  /** The 2024-25 plan's age band: a decision. */
  public static final Source PLAN_2024_AGE_BAND =
      Source.of(POLICY_DECISIONS,
          "The 2024-25 plan states no age band, so targeted youth work keeps the 2021-22 plan's"
              + " ages, 15 to 24, until a plan states others.");

  /** Youth justice is not every conviction. */
  public static final Source YOUTH_JUSTICE =
      Source.of(POLICY_DECISIONS,
          "Involvement in the youth justice system is a youth-justice circumstance or a"
              + " conviction that began before the person's 18th birthday; a conviction at 18 or"
              + " later is the adult system.");

  /** No annual plan before 2021-22. */
  public static final Source NO_PLAN_IN_FORCE =
      Source.of(POLICY_DECISIONS,
          "Targeted youth work follows the latest annual plan in force on the date asked about;"
              + " before 1 April 2021 no plan is in force and no one is eligible.");

  /** Programmes added without rules. */
  public static final Source PROGRAMME_WITHOUT_RULES =
      Source.of(POLICY_DECISIONS,
          "A programme added to the catalogue without eligibility rules gets the answer"
              + " NEEDS_INFORMATION until its rules are written.");

  /** ETE counts volunteering. */
  public static final Source ETE_INCLUDING_VOLUNTEERING =
      Source.of(LEAVING_CARE_Q1_2023,
          "Participants achieved education, training & employment outcomes including"
              + " volunteering 14");

  /** Employment and volunteering. */
  public static final Source EMPLOYED =
      Source.of(LEAVING_CARE_Q1_2023, "3 participants employed (1 young people volunteering)");

  /** Education entered or retained. */
  public static final Source EDUCATION =
      Source.of(LEAVING_CARE_Q1_2023, "6 young people entered or retained a place in education.");

  /** Trainings completed, by type. */
  public static final Source TRAININGS =
      Source.of(LEAVING_CARE_Q1_2023,
          "4 participants completed peer researcher training, 3 participants completed"
              + " safeguarding training, 2 participants completed tier 1 trauma informed practice"
              + " training.");

  /** Supported with job searching. */
  public static final Source JOB_SEARCH =
      Source.of(LEAVING_CARE_Q1_2023, "5 participants supported with job searching.");

  /** Housed, and housing applications. */
  public static final Source HOUSING =
      Source.of(WIRE_AND_UP_UPDATE,
          "Three candidates have also been successfully housed and a further two have submitted"
              + " housing applications and are actively bidding for properties.");

  /** Wellbeing. */
  public static final Source WELLBEING =
      Source.of(WIRE_AND_UP_UPDATE,
          "Multi agency working is going well and several of the UP candidates are actively"
              + " engaging with support to better manage their mental health and substance misuse"
              + " issues.");

  /** Progression from UP to WIRE. */
  public static final Source PROGRESSION =
      Source.of(WIRE_AND_UP_UPDATE,
          "To date, six candidates have achieved this amazing feat and have successfully been"
              + " referred onto the WIRE project.");

  /** Peer research and campaigning: educating decision makers. */
  public static final Source CAMPAIGNING =
      Source.of(ANNUAL_PLAN_2024,
          "So, for example, we have supported young people to educate decision makers and other"
              + " young people about their experiences and contribute to structural changes in the"
              + " way services are developed and delivered.");

  /** Additional outcomes. */
  public static final Source ADDITIONAL =
      Source.of(LEAVING_CARE_Q1_2023, "3 young people achieved additional outcomes.");

  /** Hard and soft data. */
  public static final Source HARD_AND_SOFT_DATA =
      Source.of(ANNUAL_PLAN_2024,
          "We will continue to improve our ability to capture both “hard” and “soft” data arising"
              + " from our work and create an embedded reflection and learning work culture.");

  /** Which outcomes are hard data. */
  public static final Source HARD_AND_SOFT =
      Source.of(POLICY_DECISIONS,
          "Hard outcomes are changes of status that can be evidenced (a job, volunteering, a place"
              + " in education, a completed training, secured housing, progression to another"
              + " programme); every other outcome is soft.");

  /** Sustainable employment. */
  public static final Source SUSTAINED =
      Source.of(WIRE_AND_UP_UPDATE,
          "Impressively, two thirds of candidates go onto further training and sustainable"
              + " employment.");

  /** When a job or a place in education is sustained. */
  public static final Source SUSTAINED_WEEKS =
      Source.of(POLICY_DECISIONS,
          "A job or a place in education is sustained at 13 (or 26) weeks when it is still held,"
              + " with no end date before then, on the day 13 (or 26) weeks after it began.");

  private Sources() {}

  /** Returns every source above, for tests that check each sentence against its document. */
  public static ImmutableList<Source> all() {
    return ImmutableList.of(
        UP_AGE_AND_OFFENDING, LLR_AREA, WIRE_ADULTS, HISTORY_DOES_NOT_EXPIRE, PROGRAMME_RUNS,
        TARGETED_OR_PRIORITISED, PLAN_2024_AGE_BAND, YOUTH_JUSTICE, WIRE_FOR_CONVICTIONS,
        WIRE_AFTER_UP, CHAOS_FIRST, EMPLOYMENT_ON_HOLD, CRISES, POWER_TO, POWER_WITH, STARTING_OUT,
        RECENT_ACTIVITY, LEAVING_CARE, CARE_LEAVER_MENTORING, MIND_MATTERS, CARE_LEAVER_AGE_BAND,
        TARGETED_WORK_2021, TARGETED_WORK_2024, NO_PLAN_IN_FORCE, PROGRAMME_WITHOUT_RULES,
        ETE_INCLUDING_VOLUNTEERING, EMPLOYED, EDUCATION, TRAININGS, JOB_SEARCH, HOUSING,
        WELLBEING, PROGRESSION, CAMPAIGNING, ADDITIONAL, HARD_AND_SOFT_DATA, HARD_AND_SOFT,
        SUSTAINED, SUSTAINED_WEEKS, MENTAL_HEALTH_CRISIS_SETTING, STAGE_ORDER);
  }
}
