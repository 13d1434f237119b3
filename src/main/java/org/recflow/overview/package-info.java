/**
 * The list of every approval, Question and deletion for people (issue 15 item 3): one page with filters by study
 * group, procedure, status and round, including the texts that have no open deadline (which the dashboard, built
 * from deadlines, cannot show). It reads the approval, question and deletion modules' management APIs and owns no
 * data; its only code is the page in {@code web}.
 */
package org.recflow.overview;
