import { ref } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Grading } from './assessment.service';
import { Assessment } from './assessment.entity';
import { gradeOf } from './assessment.service';
import { Contract } from './contract.entity';
import { Exchange } from './exchange.entity';
import { Assignment, Post, StaffPreference } from './post.entity';
import { addDays, addMonths, todayOf } from './staff-dates';
import { AssessmentGrade, AttendanceResult, CourseKind, CourseMode, ExchangeStatus, StaffStatus } from './staff.enums';
import { Qualification, StaffMember } from './staff-member.entity';
import { TrainingAttendance, TrainingCourse, TrainingSession } from './training.entity';

/** The grading of the settings' defaults (api.md: pass at 60). */
const DEMO_GRADING: Grading = { STAFF_PASS_SCORE: 60, STAFF_GRADE_PASS_SCORE: 70, STAFF_GRADE_EXCELLENT_SCORE: 90 };

/** [name, birth date, hire date, region]: archive staff of each office (requirements §7; synthetic people). */
const STAFF: Record<string, [string, string, string, string][]> = {
  'SZ-DA-A': [
    ['陈志强', '1978-03-12', '2003-07-01', '东城区'],
    ['林晓燕', '1985-11-02', '2009-08-15', '东城区'],
    ['黄建国', '1966-05-20', '1990-09-01', '西城区'],
    ['周丽华', '1990-01-18', '2014-07-10', '西城区'],
    ['吴海涛', '1982-08-08', '2007-03-01', '东城区'],
    ['郑雅琴', '1993-06-25', '2017-09-01', '西城区'],
    ['马俊杰', '1988-12-30', '2012-11-20', '东城区'],
    ['何婷婷', '1996-04-14', '2021-07-05', '西城区'],
  ],
  'SZ-02-DA': [
    ['杨文博', '1980-02-28', '2004-09-01', '南湖区'],
    ['许静怡', '1987-09-09', '2011-08-01', '南湖区'],
    ['谢宏伟', '1967-01-15', '1991-07-15', '北湖区'],
    ['罗晓梅', '1991-10-21', '2015-09-01', '北湖区'],
    ['宋子豪', '1984-07-07', '2008-10-10', '南湖区'],
    ['唐佳琪', '1994-03-03', '2018-07-16', '北湖区'],
    ['韩振东', '1989-05-17', '2013-04-01', '南湖区'],
  ],
};

/** [title, region index, required qualification, min, max]: the posts (岗位) of an office. */
const POSTS: [string, number, string | null, number, number][] = [
  ['档案接收征集岗', 0, null, 1, 2],
  ['档案整理编目岗', 0, 'ARCHIVES_PRO', 1, 3],
  ['档案保管保护岗', 1, 'ARCHIVES_PRO', 1, 2],
  ['档案鉴定岗', 1, 'ARCHIVES_APPRAISAL', 1, 1],
  ['档案利用服务岗', 0, null, 1, 2],
];

/**
 * The post each person of an office holds today, by their place in STAFF: the appraisal post to
 * the first (who holds the appraisal certificate), the unqualified newest to the service post.
 */
const CURRENT_POST = [3, 0, 1, 1, 2, 4, 2, 4];

/** [title, kind, mode, professional, hours] */
const COURSES: [string, CourseKind, CourseMode, boolean, number][] = [
  ['档案工作岗前培训', CourseKind.PRE_POST, CourseMode.THEORY, true, 16],
  ['《档案法》及实施条例解读', CourseKind.IN_POST, CourseMode.THEORY, true, 24],
  ['档案数字化加工实务', CourseKind.IN_POST, CourseMode.PRACTICE, true, 24],
  ['干部人事档案专项审核', CourseKind.SPECIAL, CourseMode.PRACTICE, true, 16],
  ['保密法规与保密技术', CourseKind.SPECIAL, CourseMode.THEORY, false, 12],
  ['公文写作与办公技能', CourseKind.IN_POST, CourseMode.THEORY, false, 8],
  ['转岗业务衔接培训', CourseKind.CHANGE_OF_POST, CourseMode.PRACTICE, true, 8],
];

/**
 * The demo's archive staff (api.md demo data, issue 11 §9) in both archive offices: posts,
 * qualifications (two expiring within 60 days), contracts (one ending within 90 days), a year
 * of training with attendance, two years of annual assessments — exactly one person failed
 * once, one failure short of the flag, and nobody is flagged — current assignments with some
 * history, one ongoing exchange and a few stated preferences. Dates are relative to `now`.
 * Idempotent: only into a database without staff.
 */
export async function seedDemoStaff(em: EntityManager, now = new Date(), grading: Grading = DEMO_GRADING) {
  if ((await em.count(StaffMember, {})) > 0) return null;
  const manager = await em.findOne(User, { username: 'manager' });
  const offices = await em.find(Organization, { code: { $in: Object.keys(STAFF) } });
  if (!manager || offices.length !== Object.keys(STAFF).length) return null;
  const today = todayOf({ now: () => now });
  const year = Number(today.slice(0, 4));
  const counts = { staff: 0, posts: 0, contracts: 0, sessions: 0, attendances: 0, assessments: 0, assignments: 0 };
  let failureGiven = false;

  for (const office of offices.sort((a, b) => a.code.localeCompare(b.code))) {
    const people = STAFF[office.code];
    const regions = [...new Set(people.map(([, , , region]) => region))];
    const posts = POSTS.map(([title, regionIndex, requiredQualification, minStaff, maxStaff]) =>
      Object.assign(new Post(), {
        organization: ref(office),
        title,
        region: regions[regionIndex] ?? regions[0],
        requiredQualification,
        maxTenureMonths: 36,
        minStaff,
        maxStaff,
      }),
    );
    posts.forEach((post) => em.persist(post));
    counts.posts += posts.length;
    const courses = COURSES.map(([title, kind, mode, professional, hours]) =>
      Object.assign(new TrainingCourse(), { organization: ref(office), title, kind, mode, professional, hours }),
    );
    courses.forEach((course) => em.persist(course));
    // The pre-post course once at the office's first hiring, then the year's sessions, one a month or so.
    const prePost = Object.assign(new TrainingSession(), {
      course: ref(courses[0]),
      date: '1990-08-20',
      place: `${office.name}培训室`,
      trainer: '市档案馆 业务指导处',
    });
    const sessions = courses.slice(1).flatMap((course, i) =>
      [0, 1].map((repeat) =>
        Object.assign(new TrainingSession(), {
          course: ref(course),
          date: addDays(today, -30 - i * 45 - repeat * 20),
          place: repeat ? '市档案馆报告厅' : `${office.name}培训室`,
          trainer: ['李教授', '王处长', '赵工程师', '孙老师', '钱主任', '周老师'][i % 6],
        }),
      ),
    );
    [prePost, ...sessions].forEach((session) => em.persist(session));
    counts.sessions += sessions.length + 1;

    people.forEach(([name, birthDate, hireDate, region], index) => {
      const staff = Object.assign(new StaffMember(), {
        name,
        organization: ref(office),
        region,
        birthDate,
        retirementDate: `${Number(birthDate.slice(0, 4)) + 60}${birthDate.slice(4)}`,
        hireDate,
      });
      em.persist(staff);
      counts.staff += 1;
      // Certificates: the professional one for all but the newest; two expire soon (30- and 60-day reminders).
      if (index < people.length - 1) {
        const expiresOn =
          index === 1 ? addDays(today, 25) : index === 4 ? addDays(today, 55) : addDays(today, 400 + index * 90);
        em.persist(
          Object.assign(new Qualification(), {
            staffMember: ref(staff),
            code: 'ARCHIVES_PRO',
            name: '档案专业技术资格',
            certificateNumber: `DA${office.id}${String(index + 1).padStart(4, '0')}`,
            issuedOn: addMonths(hireDate, 24),
            expiresOn,
          }),
        );
      }
      if (index === 0 || index === 2) {
        em.persist(
          Object.assign(new Qualification(), {
            staffMember: ref(staff),
            code: 'ARCHIVES_APPRAISAL',
            name: '档案鉴定资格',
            issuedOn: addMonths(hireDate, 60),
            expiresOn: null,
          }),
        );
      }
      // The current contract: 3-year terms from the hire date; the second person's ends within 90 days.
      const current = index === 1 ? addDays(addMonths(today, -36), 40) : addMonths(today, -12 * (index % 3) - 2);
      const first = current <= addMonths(hireDate, 36);
      em.persist(
        Object.assign(new Contract(), {
          staffMember: ref(staff),
          startDate: first ? hireDate : current,
          endDate: addDays(addMonths(first ? hireDate : current, 36), -1),
          probationEndDate: first ? addDays(addMonths(hireDate, 12), -1) : null,
          duties: '负责档案的接收、整理、保管、鉴定与利用服务，按规定做好档案数字化和安全保密工作。',
          obligations: '遵守《档案法》和保密规定，服从岗位安排和轮岗交流，按要求完成年度培训学时。',
        }),
      );
      counts.contracts += 1;
      // Training: the pre-post course, then most of the year's sessions (a few absences).
      em.persist(
        Object.assign(new TrainingAttendance(), {
          session: ref(prePost),
          staffMember: ref(staff),
          hours: 16,
          result: AttendanceResult.PASSED,
        }),
      );
      sessions.forEach((session, s) => {
        if ((s + index) % 4 === 3) return;
        const absent = (s * 7 + index) % 11 === 0;
        const course = courses[1 + Math.floor(s / 2)];
        em.persist(
          Object.assign(new TrainingAttendance(), {
            staffMember: ref(staff),
            session: ref(session),
            hours: absent ? 0 : course.hours,
            result: absent ? AttendanceResult.ABSENT : AttendanceResult.PASSED,
          }),
        );
        counts.attendances += 1;
      });
      counts.attendances += 1;
      // Two annual assessments; one person (the fourth of the first office) failed the latest.
      for (const period of [year - 2, year - 1]) {
        const fails = !failureGiven && index === 3 && period === year - 1;
        const score = fails ? 55 : 68 + ((index * 7 + period) % 28);
        if (fails) failureGiven = true;
        const grade = gradeOf(score, grading);
        em.persist(
          Object.assign(new Assessment(), {
            staffMember: ref(staff),
            period: String(period),
            score,
            grade,
            passed: grade !== AssessmentGrade.FAIL,
            comment: fails
              ? '业务不熟练，档案整理差错较多，须限期改进'
              : grade === AssessmentGrade.EXCELLENT
                ? '工作认真负责，成绩突出'
                : null,
            assessor: ref(manager),
            assessedAt: new Date(`${period + 1}-01-15T02:00:00Z`),
          }),
        );
        counts.assessments += 1;
      }
      // The current post: each within its staffing and with its qualification held (see CURRENT_POST).
      const post = posts[CURRENT_POST[index]];
      const since = addMonths(today, -(6 + ((index * 5) % 30)));
      if (index % 3 === 0) {
        const earlier = posts.find((each) => each !== post && !each.requiredQualification)!;
        em.persist(
          Object.assign(new Assignment(), {
            staffMember: ref(staff),
            post: ref(earlier),
            startDate: addMonths(since, -30),
            endDate: since,
          }),
        );
        counts.assignments += 1;
      }
      em.persist(Object.assign(new Assignment(), { staffMember: ref(staff), post: ref(post), startDate: since }));
      counts.assignments += 1;
      if (index === 2 || index === 5) {
        em.persist(
          Object.assign(new StaffPreference(), {
            staffMember: ref(staff),
            post: ref(posts[4]),
            weight: index === 2 ? 6 : 3,
          }),
        );
      }
      if (index === 6 && office.code === 'SZ-DA-A') {
        staff.status = StaffStatus.ON_EXCHANGE;
        const host = offices.find((each) => each.id !== office.id)!;
        em.persist(
          Object.assign(new Exchange(), {
            staffMember: ref(staff),
            homeOrganization: ref(office),
            hostOrganization: ref(host),
            regionList: [region, host.code === 'SZ-02-DA' ? '南湖区' : region].join(','),
            startDate: addDays(today, -20),
            endDate: addDays(today, 70),
            topic: '教育系统档案数字化经验交流',
            status: ExchangeStatus.ONGOING,
          }),
        );
      }
    });
  }
  await em.flush();
  return counts;
}
