/** Administration of user accounts over REST (admin role). */
package dev.parley.web.account;
