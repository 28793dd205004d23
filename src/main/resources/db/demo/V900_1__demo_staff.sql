-- Demo accounts of UIL: every demo password is "demo".
insert into account (username, password_hash, display_name, email, language)
values ('admin', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Award administrator', 'admin@award.example.org', 'en');
insert into account_role (account_id, role) select id, 'ADMIN' from account where username = 'admin';
insert into account (username, password_hash, display_name, email, language)
values ('staff', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'UIL Award secretariat', 'staff@award.example.org', 'en');
insert into account_role (account_id, role) select id, 'UIL_STAFF' from account where username = 'staff';
