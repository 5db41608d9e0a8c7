/** Training: programmes, cohorts, learners, enrolment, learning activity and completion (issue 10, §1–2). */
package ru.digitalbridge.training;
