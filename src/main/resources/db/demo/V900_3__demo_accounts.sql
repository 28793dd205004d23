-- Demo accounts (every password is "demo"): a National Commission for every country with demo cities,
-- a coordinator for every demo city, twenty experts from every region and five jurors, one per region.
-- Usernames as in API.md: natcom-<iso code, lower case>, city-<slug>, expert-NN, juror-NN.

-- National Commissions
insert into account (username, password_hash, display_name, email, language, country_code)
select 'natcom-' || lower(n.country_code), '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', n.name,
       'natcom-' || lower(n.country_code) || '@award.example.org',
       case when n.country_code in ('CM', 'GN', 'MA') then 'fr' else 'en' end,
       n.country_code
from national_commission n;
insert into account_role (account_id, role)
select id, 'NATCOM' from account where username like 'natcom-%';

-- Learning city coordinators
insert into account (username, password_hash, display_name, email, language, city_id, country_code)
select 'city-' || c.slug, '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Learning city coordinator, ' || c.name,
       'city-' || c.slug || '@award.example.org',
       case when c.language = 'fr' then 'fr' else 'en' end,
       c.id, c.country_code
from city c;
insert into account_role (account_id, role)
select id, 'CITY' from account where username like 'city-%';

-- Experts: country, languages, areas of focus of the Key Features (area_code) and maximum load
insert into account (username, password_hash, display_name, email, language, country_code, max_load) values
    ('expert-01', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Mary Kavanagh', 'expert-01@award.example.org', 'en', 'IE', 5),
    ('expert-02', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Jean-Pierre Moreau', 'expert-02@award.example.org', 'fr', 'FR', 6),
    ('expert-03', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Ana Lúcia Ferreira', 'expert-03@award.example.org', 'en', 'BR', 4),
    ('expert-04', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Kwame Mensah', 'expert-04@award.example.org', 'en', 'GH', 5),
    ('expert-05', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Aminata Diallo', 'expert-05@award.example.org', 'fr', 'SN', 6),
    ('expert-06', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Fatima Zahra El Idrissi', 'expert-06@award.example.org', 'fr', 'MA', 4),
    ('expert-07', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Omar Haddad', 'expert-07@award.example.org', 'en', 'LB', 5),
    ('expert-08', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Layla Al Mansouri', 'expert-08@award.example.org', 'en', 'AE', 3),
    ('expert-09', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Li Wei', 'expert-09@award.example.org', 'en', 'CN', 8),
    ('expert-10', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Kim Ji-yeon', 'expert-10@award.example.org', 'en', 'KR', 6),
    ('expert-11', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Priya Raman', 'expert-11@award.example.org', 'en', 'IN', 5),
    ('expert-12', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Hiroshi Tanaka', 'expert-12@award.example.org', 'en', 'JP', 4),
    ('expert-13', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Sarah Thompson', 'expert-13@award.example.org', 'en', 'NZ', 7),
    ('expert-14', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Carlos Mendoza', 'expert-14@award.example.org', 'en', 'CL', 5),
    ('expert-15', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'María Fernanda López', 'expert-15@award.example.org', 'en', 'MX', 6),
    ('expert-16', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Diego Rodríguez', 'expert-16@award.example.org', 'en', 'UY', 4),
    ('expert-17', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Ingrid Larsen', 'expert-17@award.example.org', 'en', 'NO', 5),
    ('expert-18', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'David Okafor', 'expert-18@award.example.org', 'en', 'NG', 3),
    ('expert-19', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Sophie Tremblay', 'expert-19@award.example.org', 'fr', 'CA', 6),
    ('expert-20', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Thomas Becker', 'expert-20@award.example.org', 'en', 'DE', 8);
insert into account_role (account_id, role)
select id, 'EXPERT' from account where username like 'expert-%';
insert into account_language (account_id, language)
select id, 'en' from account where username = 'expert-01'
union all select id, 'fr' from account where username = 'expert-01'
union all select id, 'fr' from account where username = 'expert-02'
union all select id, 'en' from account where username = 'expert-02'
union all select id, 'pt' from account where username = 'expert-03'
union all select id, 'es' from account where username = 'expert-03'
union all select id, 'en' from account where username = 'expert-03'
union all select id, 'en' from account where username = 'expert-04'
union all select id, 'fr' from account where username = 'expert-05'
union all select id, 'en' from account where username = 'expert-05'
union all select id, 'ar' from account where username = 'expert-06'
union all select id, 'fr' from account where username = 'expert-06'
union all select id, 'en' from account where username = 'expert-06'
union all select id, 'ar' from account where username = 'expert-07'
union all select id, 'en' from account where username = 'expert-07'
union all select id, 'fr' from account where username = 'expert-07'
union all select id, 'ar' from account where username = 'expert-08'
union all select id, 'en' from account where username = 'expert-08'
union all select id, 'zh' from account where username = 'expert-09'
union all select id, 'en' from account where username = 'expert-09'
union all select id, 'ko' from account where username = 'expert-10'
union all select id, 'en' from account where username = 'expert-10'
union all select id, 'en' from account where username = 'expert-11'
union all select id, 'hi' from account where username = 'expert-11'
union all select id, 'ja' from account where username = 'expert-12'
union all select id, 'en' from account where username = 'expert-12'
union all select id, 'en' from account where username = 'expert-13'
union all select id, 'es' from account where username = 'expert-14'
union all select id, 'en' from account where username = 'expert-14'
union all select id, 'es' from account where username = 'expert-15'
union all select id, 'en' from account where username = 'expert-15'
union all select id, 'fr' from account where username = 'expert-15'
union all select id, 'es' from account where username = 'expert-16'
union all select id, 'pt' from account where username = 'expert-16'
union all select id, 'en' from account where username = 'expert-16'
union all select id, 'en' from account where username = 'expert-17'
union all select id, 'fr' from account where username = 'expert-17'
union all select id, 'en' from account where username = 'expert-18'
union all select id, 'fr' from account where username = 'expert-19'
union all select id, 'en' from account where username = 'expert-19'
union all select id, 'de' from account where username = 'expert-20'
union all select id, 'en' from account where username = 'expert-20';
insert into account_expertise (account_id, area_code)
select id, '2.1' from account where username = 'expert-01'
union all select id, '2.6' from account where username = 'expert-01'
union all select id, '3.2' from account where username = 'expert-01'
union all select id, '1.1' from account where username = 'expert-02'
union all select id, '2.2' from account where username = 'expert-02'
union all select id, '3.2' from account where username = 'expert-02'
union all select id, '2.1' from account where username = 'expert-03'
union all select id, '2.5' from account where username = 'expert-03'
union all select id, '1.2' from account where username = 'expert-04'
union all select id, '2.3' from account where username = 'expert-04'
union all select id, '3.3' from account where username = 'expert-04'
union all select id, '1.1' from account where username = 'expert-05'
union all select id, '2.2' from account where username = 'expert-05'
union all select id, '2.6' from account where username = 'expert-05'
union all select id, '1.3' from account where username = 'expert-06'
union all select id, '3.1' from account where username = 'expert-06'
union all select id, '2.4' from account where username = 'expert-07'
union all select id, '2.5' from account where username = 'expert-07'
union all select id, '3.1' from account where username = 'expert-08'
union all select id, '3.2' from account where username = 'expert-08'
union all select id, '3.3' from account where username = 'expert-08'
union all select id, '2.3' from account where username = 'expert-09'
union all select id, '2.4' from account where username = 'expert-09'
union all select id, '2.6' from account where username = 'expert-10'
union all select id, '3.2' from account where username = 'expert-10'
union all select id, '1.1' from account where username = 'expert-11'
union all select id, '2.1' from account where username = 'expert-11'
union all select id, '2.2' from account where username = 'expert-11'
union all select id, '2.2' from account where username = 'expert-12'
union all select id, '2.6' from account where username = 'expert-12'
union all select id, '1.3' from account where username = 'expert-13'
union all select id, '2.5' from account where username = 'expert-13'
union all select id, '3.3' from account where username = 'expert-13'
union all select id, '2.1' from account where username = 'expert-14'
union all select id, '3.1' from account where username = 'expert-14'
union all select id, '1.2' from account where username = 'expert-15'
union all select id, '2.3' from account where username = 'expert-15'
union all select id, '2.4' from account where username = 'expert-16'
union all select id, '3.3' from account where username = 'expert-16'
union all select id, '1.3' from account where username = 'expert-17'
union all select id, '2.6' from account where username = 'expert-17'
union all select id, '3.2' from account where username = 'expert-17'
union all select id, '1.1' from account where username = 'expert-18'
union all select id, '3.1' from account where username = 'expert-18'
union all select id, '2.2' from account where username = 'expert-19'
union all select id, '2.5' from account where username = 'expert-19'
union all select id, '1.2' from account where username = 'expert-20'
union all select id, '2.3' from account where username = 'expert-20'
union all select id, '2.4' from account where username = 'expert-20';

-- The jury: one juror per UNESCO region
insert into account (username, password_hash, display_name, email, language, country_code, region_code) values
    ('juror-01', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Grace Wanjiru', 'juror-01@award.example.org', 'en', 'KE', 'AFRICA'),
    ('juror-02', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Karim Ben Salem', 'juror-02@award.example.org', 'fr', 'TN', 'ARAB_STATES'),
    ('juror-03', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Nguyen Thi Lan', 'juror-03@award.example.org', 'en', 'VN', 'ASIA_PACIFIC'),
    ('juror-04', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Katarzyna Nowak', 'juror-04@award.example.org', 'en', 'PL', 'EUROPE_NORTH_AMERICA'),
    ('juror-05', '{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W', 'Rosa Quispe', 'juror-05@award.example.org', 'en', 'PE', 'LATIN_AMERICA_CARIBBEAN');
insert into account_role (account_id, role)
select id, 'JURY' from account where username like 'juror-%';
insert into account_language (account_id, language)
select id, 'en' from account where username = 'juror-01'
union all select id, 'sw' from account where username = 'juror-01'
union all select id, 'ar' from account where username = 'juror-02'
union all select id, 'fr' from account where username = 'juror-02'
union all select id, 'en' from account where username = 'juror-02'
union all select id, 'vi' from account where username = 'juror-03'
union all select id, 'en' from account where username = 'juror-03'
union all select id, 'pl' from account where username = 'juror-04'
union all select id, 'en' from account where username = 'juror-04'
union all select id, 'fr' from account where username = 'juror-04'
union all select id, 'es' from account where username = 'juror-05'
union all select id, 'en' from account where username = 'juror-05';
