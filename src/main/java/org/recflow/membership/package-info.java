/**
 * Who is who: the 194 Member States with their ITU region, the SG3 regional groups, the study groups
 * of the study period, Sector Members and Associates, all read from data in {@code config/}; the
 * accounts built from them; and {@link org.recflow.membership.Actor}, the signed-in caller every
 * other module asks "who may act".
 */
package org.recflow.membership;
