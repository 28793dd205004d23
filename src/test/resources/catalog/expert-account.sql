-- An EXPERT account for the catalogue's permission tests (password "demo"), whatever the demo data holds.
insert into account (username, password_hash, display_name, email, language)
select 'catalog-expert', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Catalogue test expert',
       'catalog-expert@award.example.org', 'en'
where not exists (select 1 from account where username = 'catalog-expert');
insert into account_role (account_id, role)
select a.id, 'EXPERT' from account a
where a.username = 'catalog-expert'
  and not exists (select 1 from account_role r where r.account_id = a.id and r.role = 'EXPERT');
