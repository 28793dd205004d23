-- Demo data: GNLC member cities (real members of the UNESCO Global Network of Learning Cities, with
-- plausible dates of joining), their National Commissions, and the 2015 Learning City Awards.
-- The Republic of Korea has six cities, Ireland and Egypt three each, so that nomination quotas can be
-- reached and exceeded.
insert into city (name, slug, country_code, member_since, language) values
    ('Melton', 'melton', 'AU', date '2015-02-16', 'en'),
    ('Sorocaba', 'sorocaba', 'BR', date '2015-03-09', 'en'),
    ('Beijing', 'beijing', 'CN', date '2015-02-16', 'en'),
    ('Bahir Dar', 'bahir-dar', 'ET', date '2015-04-13', 'en'),
    ('Espoo', 'espoo', 'FI', date '2015-03-02', 'en'),
    ('Cork', 'cork', 'IE', date '2015-02-23', 'en'),
    ('Amman', 'amman', 'JO', date '2015-03-16', 'en'),
    ('Mexico City', 'mexico-city', 'MX', date '2015-03-02', 'es'),
    ('Ybycuí', 'ybycui', 'PY', date '2015-04-06', 'es'),
    ('Balanga', 'balanga', 'PH', date '2015-03-23', 'en'),
    ('Namyangju', 'namyangju', 'KR', date '2015-02-16', 'en'),
    ('Swansea', 'swansea', 'GB', date '2015-03-09', 'en'),
    ('Ibadan', 'ibadan', 'NG', date '2016-12-05', 'en'),
    ('N''Zérékoré', 'n-zerekore', 'GN', date '2016-10-03', 'fr'),
    ('Mayo-Baléo', 'mayo-baleo', 'CM', date '2016-11-14', 'fr'),
    ('Aswan', 'aswan', 'EG', date '2017-08-21', 'en'),
    ('Giza', 'giza', 'EG', date '2016-06-20', 'en'),
    ('Damietta', 'damietta', 'EG', date '2019-09-16', 'en'),
    ('Benguerir', 'benguerir', 'MA', date '2020-09-08', 'fr'),
    ('Suwon', 'suwon', 'KR', date '2016-03-14', 'en'),
    ('Gwangmyeong', 'gwangmyeong', 'KR', date '2016-09-26', 'en'),
    ('Seodaemun-gu', 'seodaemun-gu', 'KR', date '2017-06-12', 'en'),
    ('Yeonsu-gu', 'yeonsu-gu', 'KR', date '2019-09-16', 'en'),
    ('Osan', 'osan', 'KR', date '2022-04-26', 'en'),
    ('Shanghai', 'shanghai', 'CN', date '2019-02-18', 'en'),
    ('Chengdu', 'chengdu', 'CN', date '2017-05-15', 'en'),
    ('Okayama', 'okayama', 'JP', date '2016-05-02', 'en'),
    ('Surabaya', 'surabaya', 'ID', date '2016-09-12', 'en'),
    ('Petaling Jaya', 'petaling-jaya', 'MY', date '2017-10-09', 'en'),
    ('Limerick', 'limerick', 'IE', date '2016-02-22', 'en'),
    ('Dublin', 'dublin', 'IE', date '2019-09-16', 'en'),
    ('Pécs', 'pecs', 'HU', date '2016-07-11', 'en'),
    ('Sønderborg', 'sonderborg', 'DK', date '2018-01-29', 'en'),
    ('Gelsenkirchen', 'gelsenkirchen', 'DE', date '2016-04-18', 'en'),
    ('Bristol', 'bristol', 'GB', date '2016-08-29', 'en'),
    ('Medellín', 'medellin', 'CO', date '2017-03-27', 'es'),
    ('Contagem', 'contagem', 'BR', date '2016-06-06', 'en'),
    ('Villa María', 'villa-maria', 'AR', date '2016-05-23', 'es');

-- The first UNESCO Learning City Award, 2015 (International Conference on Learning Cities, Mexico City).
insert into city_award (city_id, award_year)
select id, 2015 from city where slug in (
    'melton', 'sorocaba', 'beijing', 'bahir-dar',
    'espoo', 'cork', 'amman', 'mexico-city',
    'ybycui', 'balanga', 'namyangju', 'swansea');

-- One National Commission for UNESCO per country with demo cities.
insert into national_commission (country_code, name, email) values
    ('AR', 'Argentine National Commission for UNESCO', 'natcom-ar@award.example.org'),
    ('AU', 'Australian National Commission for UNESCO', 'natcom-au@award.example.org'),
    ('BR', 'Brazilian National Commission for UNESCO', 'natcom-br@award.example.org'),
    ('CM', 'Cameroon National Commission for UNESCO', 'natcom-cm@award.example.org'),
    ('CN', 'National Commission of the People''s Republic of China for UNESCO', 'natcom-cn@award.example.org'),
    ('CO', 'Colombian National Commission for UNESCO', 'natcom-co@award.example.org'),
    ('DE', 'German Commission for UNESCO', 'natcom-de@award.example.org'),
    ('DK', 'Danish National Commission for UNESCO', 'natcom-dk@award.example.org'),
    ('EG', 'Egyptian National Commission for UNESCO', 'natcom-eg@award.example.org'),
    ('ET', 'Ethiopian National Commission for UNESCO', 'natcom-et@award.example.org'),
    ('FI', 'Finnish National Commission for UNESCO', 'natcom-fi@award.example.org'),
    ('GB', 'UK National Commission for UNESCO', 'natcom-gb@award.example.org'),
    ('GN', 'Guinean National Commission for UNESCO', 'natcom-gn@award.example.org'),
    ('HU', 'Hungarian National Commission for UNESCO', 'natcom-hu@award.example.org'),
    ('ID', 'Indonesian National Commission for UNESCO', 'natcom-id@award.example.org'),
    ('IE', 'Irish National Commission for UNESCO', 'natcom-ie@award.example.org'),
    ('JO', 'Jordan National Commission for Education, Culture and Science', 'natcom-jo@award.example.org'),
    ('JP', 'Japanese National Commission for UNESCO', 'natcom-jp@award.example.org'),
    ('KR', 'Korean National Commission for UNESCO', 'natcom-kr@award.example.org'),
    ('MA', 'Moroccan National Commission for Education, Science and Culture', 'natcom-ma@award.example.org'),
    ('MX', 'Mexican National Commission for UNESCO', 'natcom-mx@award.example.org'),
    ('MY', 'Malaysian National Commission for UNESCO', 'natcom-my@award.example.org'),
    ('NG', 'Nigerian National Commission for UNESCO', 'natcom-ng@award.example.org'),
    ('PH', 'UNESCO National Commission of the Philippines', 'natcom-ph@award.example.org'),
    ('PY', 'Paraguayan National Commission for UNESCO', 'natcom-py@award.example.org');
