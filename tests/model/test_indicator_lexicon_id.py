"""Table tests for the broadened Indonesian / Malay vocabulary (batch b3).

Positive rows give the exact words that must be reported; negative rows are legitimate
look-alike phrasings that must report nothing for the indicator named.
"""

import pytest

from indicator_tables import found_in


def P(indicator, text, words, id):
    return pytest.param(indicator, text, sorted(words), id=id)


POSITIVES = [
    P('fee_upfront', "Biaya proses visa cuma Rp 12 jt, bisa dicicil.", [('fee_upfront', 'Biaya proses')], 'id_biaya_proses'),
    P('fee_upfront', "Sebelum mula kerja, kena bayar RM 500 dulu untuk permit.", [('fee_upfront', 'kena bayar RM 500')], 'ms_kena_bayar'),
    P('fee_upfront', "Bayar paket starter kit Rp 250.000, langsung kerja.", [('fee_upfront', 'Bayar paket'), ('fee_upfront', 'starter kit')], 'id_bayar_paket'),
    P('debt_repaid_from_salary', "Tiket pesawat ditalangin bos, nanti dipotong dr gaji tiap bulan.", [('debt_repaid_from_salary', 'dipotong dr gaji'), ('debt_repaid_from_salary', 'ditalangin')], 'id_ditalangin_dipotong_dr_gaji'),
    P('debt_repaid_from_salary', "Kos ejen ditolak daripada gaji selama 6 bulan.", [('debt_repaid_from_salary', 'ditolak daripada gaji')], 'ms_ditolak_daripada_gaji'),
    P('pay_too_good', "Kerja ringan di luar negeri, gajinya gede banget.", [('pay_too_good', 'gajinya gede')], 'id_gajinya_gede'),
    P('no_experience_needed', "Takde pengalaman pun boleh, kami ajar.", [('no_experience_needed', 'Takde pengalaman')], 'ms_takde_pengalaman'),
    P('no_experience_needed', "Pemula bisa, tidak perlu ijazah.", [('no_experience_needed', 'Pemula bisa'), ('no_experience_needed', 'tidak perlu ijazah')], 'id_pemula_bisa'),
    P('easy_work', "Tugasnya simpel, cuma modal HP.", [('easy_work', 'Tugasnya simpel'), ('easy_work', 'cuma modal HP')], 'id_tugas_simpel'),
    P('daily_pay', "Penghasilan harian Rp 300rb langsung cair.", [('daily_pay', 'Penghasilan harian')], 'id_penghasilan_harian'),
    P('daily_pay', "Pendapatan sehari bisa dapat 500rb.", [('daily_pay', 'Pendapatan sehari bisa dapat')], 'id_sehari_bisa_dapat'),
    P('guaranteed_income', "Untung 8% setiap hari, confirm dapat punya.", [('guaranteed_income', 'confirm dapat')], 'ms_confirm_dapat'),
    P('guaranteed_income', "Sewa akaun bank, RM 1,500 sebulan tanpa buat apa-apa.", [('guaranteed_income', 'tanpa buat apa-apa')], 'ms_tanpa_buat_apa_apa'),
    P('scam_hub_destination', "Kerja admin di Kemboja, gaji RM 6,000.", [('scam_hub_destination', 'Kemboja')], 'ms_kemboja'),
    P('scam_hub_destination', "Penempatan di Zona Ekonomi Khusus Segi Tiga Emas.", [('scam_hub_destination', 'Segi Tiga Emas')], 'ms_segi_tiga_emas'),
    P('overseas_scam_sector_role', "Jawatan pegawai khidmat pelanggan di Kemboja.", [('overseas_scam_sector_role', 'pegawai khidmat pelanggan')], 'ms_khidmat_pelanggan'),
    P('employer_pays_travel', "Mess + makan gratis, tiket pesawat disediakan.", [('employer_pays_travel', 'Mess + makan gratis'), ('employer_pays_travel', 'tiket pesawat disediakan')], 'id_mess_makan_gratis'),
    P('tourist_visa_entry', "Berangkat dulu, nanti disana baru diurus visa kerjanya.", [('tourist_visa_entry', 'disana baru diurus visa')], 'id_visa_diurus_disana'),
    P('airport_pickup', "Sesampainya di bandara Suvarnabhumi akan dijemput tim kami.", [('airport_pickup', 'bandara Suvarnabhumi akan dijemput')], 'id_bandara_dijemput'),
    P('transit_third_country', "Terbang ke Bangkok lalu lanjut perjalanan darat ke perbatasan.", [('transit_third_country', 'lanjut perjalanan darat ke perbatasan')], 'id_perjalanan_darat'),
    P('transit_third_country', "Naik van ke sempadan, nanti ada orang bawa nyeberang sungai.", [('transit_third_country', 'Naik van ke sempadan'), ('transit_third_country', 'nyeberang sungai')], 'ms_sempadan'),
    P('messaging_app_contact', "Daftar sekarang: t.me/cuan000", [('messaging_app_contact', 't.me/cuan000')], 'id_tme_link'),
    P('no_interview', "Tiada temuduga, terus mula minggu ini.", [('no_interview', 'Tiada temuduga')], 'ms_tiada_temuduga'),
    P('hired_immediately', "Tiada temuduga, terus mula minggu ini.", [('hired_immediately', 'terus mula')], 'ms_terus_mula'),
    P('urgency', "Kuota tinggal 5 orang, pendaftaran ditutup besok!", [('urgency', 'Kuota tinggal 5 orang'), ('urgency', 'pendaftaran ditutup besok')], 'id_kuota_tinggal'),
    P('secrecy', "Mohon tidak menceritakan detail pekerjaan kepada keluarga.", [('secrecy', 'Mohon tidak menceritakan detail pekerjaan kepada keluarga')], 'id_tidak_menceritakan'),
    P('secrecy', "Cakap je kerja hotel kat Thailand.", [('secrecy', 'Cakap je kerja')], 'ms_cakap_je'),
    P('documents_at_application', "Serahkan kad ATM dan nombor TAC melalui DM.", [('documents_at_application', 'Serahkan kad ATM'), ('documents_at_application', 'nombor TAC')], 'ms_kad_atm_tac'),
    P('employer_keeps_passport', "Syarikat akan pegang pasport untuk proses permit.", [('employer_keeps_passport', 'Syarikat akan pegang pasport')], 'ms_syarikat_pegang_pasport'),
    P('employer_keeps_passport', "Paspor karyawan akan dikumpulkan oleh HRD.", [('employer_keeps_passport', 'Paspor karyawan akan dikumpulkan')], 'id_paspor_dikumpulkan'),
    P('full_body_photo', "Hantar gambar full body dan foto wajah.", [('full_body_photo', 'gambar full body')], 'ms_gambar_full_body'),
    P('undisclosed_employer', "Nama perusahaan dikasih tau pas udah deal.", [('undisclosed_employer', 'Nama perusahaan dikasih tau')], 'id_nama_perusahaan_dikasih_tau'),
    P('details_in_private_chat', "Info lengkap langsung japri, DM aja kak.", [('details_in_private_chat', 'DM aja'), ('details_in_private_chat', 'Info lengkap langsung japri')], 'id_dm_aja'),
    P('long_hours', "Kerjanya 14 jam sehari, libur sebulan sekali.", [('long_hours', '14 jam sehari'), ('long_hours', 'libur sebulan sekali')], 'id_14_jam_sehari'),
    P('quota_targets', "Target 10 leads per hari, kalau tidak capai didenda.", [('quota_targets', 'Target 10 leads per hari')], 'id_target_per_hari'),
    P('confinement', "Ga boleh keluar area kantor selama kontrak.", [('confinement', 'Ga boleh keluar area')], 'id_ga_boleh_keluar_area'),
    P('wages_withheld', "Gaji bulan pertama ditahan sebagai jaminan.", [('wages_withheld', 'Gaji bulan pertama ditahan')], 'id_gaji_pertama_ditahan'),
    P('quit_penalty', "Kalau keluar sebelum kontrak habis kena bayar denda RM 10k.", [('quit_penalty', 'kena bayar denda')], 'ms_berhenti_kena_denda'),
    P('quit_penalty', "Ada penalti kalau resign sebelum 2 tahun.", [('quit_penalty', 'penalti kalau resign')], 'id_penalti_kalau_resign'),
    P('contract_on_arrival', "Isi kontrak dijelaskan setelah tiba di lokasi.", [('contract_on_arrival', 'kontrak dijelaskan setelah tiba')], 'id_kontrak_setelah_tiba'),
    P('task_scam', "Kasih rating bintang 5 ke produk, komisi per order 5%.", [('task_scam', 'Kasih rating bintang 5'), ('task_scam', 'komisi per order')], 'id_rating_bintang_5'),
    P('task_scam', "Tekan like & share produk, dapat komisi.", [('task_scam', 'like & share produk')], 'ms_like_share_produk'),
    P('task_scam', "Boost order di aplikasi untuk komisi.", [('task_scam', 'Boost order')], 'id_boost_order'),
    P('crypto_deposit', "Saldo akun kakak minus, harus isi ulang.", [('crypto_deposit', 'Saldo akun kakak minus'), ('crypto_deposit', 'harus isi ulang')], 'id_saldo_minus'),
    # batch b4
    P('money_transfer_role', 'Cukup pinjemin rekening kamu seminggu aja', [('money_transfer_role', 'pinjemin rekening')], 'id_pinjemin_rekening'),
    P('money_transfer_role', 'Kami cari orang yang mau sewakan akaun bank untuk transaksi', [('money_transfer_role', 'sewakan akaun')], 'ms_sewakan_akaun'),
    P('money_transfer_role', 'Nanti ada dana masuk, langsung kamu transfer ke rekening bos', [('money_transfer_role', 'dana masuk, langsung kamu transfer')], 'id_dana_masuk_transfer'),
    P('money_transfer_role', 'Anda akan menerima bayaran pelanggan ke dalam rekening pribadi anda', [('money_transfer_role', 'menerima bayaran pelanggan ke dalam rekening pribadi')], 'id_terima_ke_rekening_pribadi'),
    P('money_transfer_role', 'Kami akan kirimkan cek senilai Rp 15.000.000 ke alamat anda', [('money_transfer_role', 'kirimkan cek senilai Rp 15.000.000')], 'id_fake_cheque'),
    P('money_transfer_role', 'Setelah dana cair, kirimkan sisanya ke pemasok kami', [('money_transfer_role', 'kirimkan sisanya')], 'id_forward_remainder'),
    P('money_transfer_role', 'Sila pindahkan baki ke akaun pembekal kami', [('money_transfer_role', 'pindahkan baki')], 'ms_pindahkan_baki'),
    P('debt_repaid_from_salary', 'Tiket pesawat dipinjamkan dulu oleh agensi', [('debt_repaid_from_salary', 'Tiket pesawat dipinjamkan')], 'id_ticket_lent'),
    P('daily_pay', 'Upah bisa dicairkan hari itu juga', [('daily_pay', 'dicairkan hari itu juga')], 'id_cair_hari_itu_juga'),
    P('daily_pay', 'RM300 sehari, bayar cash hari tu jugak', [('daily_pay', 'RM300 sehari'), ('daily_pay', 'bayar cash hari tu jugak')], 'ms_rm_sehari_cash'),
    P('daily_pay', 'Honor Rp250rb per hari untuk helper event', [('daily_pay', 'Rp250rb per hari')], 'id_rp_per_hari'),
    P('daily_pay', 'Komisen harian RM50 hingga RM200', [('daily_pay', 'Komisen harian')], 'ms_komisen_harian'),
    P('money_transfer_role', 'Ambil 10% untuk komisi kamu, sisanya transfer ke kami', [('money_transfer_role', 'Ambil 10% untuk komisi')], 'id_keep_cut'),
    P('guaranteed_income', 'Pulangan dijamin 8% sebulan', [('guaranteed_income', 'Pulangan dijamin')], 'ms_pulangan_dijamin'),
    P('no_experience_needed', 'Yang penting bisa mengetik dan punya HP', [('no_experience_needed', 'Yang penting bisa mengetik')], 'id_yang_penting_bisa_ngetik'),
    P('no_experience_needed', 'Pengalaman tak ada pun boleh', [('no_experience_needed', 'Pengalaman tak ada pun boleh')], 'ms_pengalaman_tak_ada_pun_boleh'),
    P('urgency', 'Sisa 3 kursi lagi, buruan!', [('urgency', 'Sisa 3 kursi')], 'id_sisa_kursi'),
    P('urgency', 'Kena gerak Jumaat ni, tinggal 2 slot je!', [('urgency', 'gerak Jumaat ni'), ('urgency', 'tinggal 2 slot')], 'ms_gerak_jumaat_ni'),
    P('transit_third_country', 'Terbang ke Bangkok dulu, lalu naik mobil ke lokasi kerja', [('transit_third_country', 'ke Bangkok dulu, lalu naik mobil')], 'id_bangkok_then_car'),
    P('scam_hub_destination', 'Lokasi di perbatasan Thailand-Myanmar, posisi admin chat', [('scam_hub_destination', 'perbatasan Thailand-Myanmar')], 'id_thai_myanmar_border'),
    P('details_in_private_chat', 'Detail gaji di WA nanti ya kak', [('details_in_private_chat', 'Detail gaji di WA nanti')], 'id_details_in_wa_later'),
    # batch b5
    P('money_transfer_role', 'Setor cek ke rekening pribadi kamu lalu transfer selisihnya ke kami.', [('money_transfer_role', 'Setor cek'), ('money_transfer_role', 'transfer selisihnya')], 'idms_b5_money_transfer_role_01'),
    P('money_transfer_role', 'Tugas: menerima transfer dana dari klien ke rekening pribadi Anda, lalu meneruskannya ke dompet kripto.', [('money_transfer_role', 'menerima transfer dana dari klien ke rekening pribadi'), ('money_transfer_role', 'meneruskannya ke dompet kripto')], 'idms_b5_money_transfer_role_02'),
    P('money_transfer_role', 'Kamu terima paket di rumah, ganti label lalu kirim lagi ke alamat yg kami kasih.', [('money_transfer_role', 'terima paket di rumah, ganti label lalu kirim')], 'idms_b5_money_transfer_role_03'),
    P('money_transfer_role', 'Cari orang utk jadi rekening penampung, fee 2% per transaksi.', [('money_transfer_role', 'rekening penampung')], 'idms_b5_money_transfer_role_04'),
    P('money_transfer_role', 'Ejen pemprosesan bayaran diperlukan, kerja dari rumah.', [('money_transfer_role', 'Ejen pemprosesan bayaran')], 'idms_b5_money_transfer_role_05'),
    P('money_transfer_role', 'Baki perlu dipindahkan, sila memindahkan baki kepada pembekal melalui kad hadiah.', [('money_transfer_role', 'memindahkan baki')], 'idms_b5_money_transfer_role_06'),
    P('money_transfer_role', 'Dapat komisi 5%, sisanya teruskan dalam bentuk gift card ke manajer.', [('money_transfer_role', 'teruskan dalam bentuk gift card')], 'idms_b5_money_transfer_role_07'),
    P('money_transfer_role', 'Pinjamkan akaun bank anda, dapat RM300 seminggu.', [('money_transfer_role', 'Pinjamkan akaun')], 'idms_b5_money_transfer_role_08'),
    P('fee_upfront', 'Wajib membeli paket starter Rp 250rb sebelum mulai kerja.', [('fee_upfront', 'membeli paket')], 'idms_b5_fee_upfront_09'),
    P('fee_upfront', 'Peserta transfer biaya ke rekening koordinator paling lambat Jumat.', [('fee_upfront', 'transfer biaya ke rekening koordinator')], 'idms_b5_fee_upfront_10'),
    P('no_experience_needed', 'Tidak dibutuhkan pengalaman, nanti dilatih.', [('no_experience_needed', 'Tidak dibutuhkan pengalaman')], 'idms_b5_no_experience_needed_11'),
    P('guaranteed_income', 'Buat 40 tugasan sehari, komisen dijamin.', [('guaranteed_income', 'komisen dijamin')], 'idms_b5_guaranteed_income_12'),
    P('easy_work', 'Sis, kerja ni senang je.', [('easy_work', 'kerja ni senang je')], 'idms_b5_easy_work_13'),
]

NEGATIVES = [
    pytest.param('employer_keeps_passport', "Work permit diurus perusahaan, paspor dipegang sendiri oleh karyawan.", id='id_paspor_dipegang_sendiri'),
    pytest.param('fee_upfront', "Calon PMI tidak dipungut biaya penempatan.", id='id_tidak_dipungut_biaya'),
    pytest.param('fee_upfront', "Tiada yuran pengambilan dikenakan.", id='ms_tiada_yuran'),
    pytest.param('crypto_deposit', "Kami tidak pernah meminta calon karyawan melakukan deposit kripto.", id='id_tidak_pernah_deposit'),
    pytest.param('employer_pays_travel', "Tiket pesawat, akomodasi keluarga dan asuransi ditanggung sesuai kontrak.", id='id_relocation_per_contract'),
    pytest.param('no_interview', "Walk-in interview Surabaya 12 Mei.", id='id_walk_in_interview'),
    pytest.param('task_scam', "Hotel bintang 5 di Dubai mencari resepsionis.", id='id_hotel_bintang_5'),
    pytest.param('long_hours', "Cuti tahunan 12 hari, cuti sebulan setelah kontrak 11 bulan.", id='id_cuti_tahunan'),
    pytest.param('no_experience_needed', "Minimum 3 years experience required.", id='en_experience_required'),
    # batch b4
    pytest.param('documents_at_application', 'Gaji akan dimasukkan ke akaun anda setiap bulan', id='ms_salary_paid_into_account'),
    pytest.param('debt_repaid_from_salary', 'Laptop dipinjamkan oleh kantor selama kontrak', id='id_laptop_lent'),
    pytest.param('fee_upfront', 'Majikan menanggung biaya visa dan tiket.', id='id_employer_bears_visa_cost'),
    pytest.param('fee_upfront', 'Tiada yuran dikenakan kepada calon, majikan tanggung kos permit kerja.', id='ms_majikan_tanggung_kos_permit'),
    pytest.param('details_in_private_chat', 'Info lebih lanjut hubungi WA 0812-0000-1111', id='id_info_via_wa'),
    pytest.param('transit_third_country', 'Kantor di Kuala Lumpur, terbang ke Bangkok dulu untuk training 2 minggu lalu kembali dengan pesawat.', id='ms_training_trip_by_plane'),
    # batch b5
    pytest.param('money_transfer_role', 'Gaji ditransfer ke rekening pribadi karyawan setiap tanggal 25.', id='idms_b5_money_transfer_role_01'),
    pytest.param('money_transfer_role', 'Admin toko online: proses pesanan, cetak label pengiriman dan kirim paket ke ekspedisi.', id='idms_b5_money_transfer_role_02'),
    pytest.param('money_transfer_role', 'Staf gudang: menerima barang dari supplier, cek kualitas, lalu kirim ke toko cabang.', id='idms_b5_money_transfer_role_03'),
    pytest.param('money_transfer_role', 'Kami adalah agen pembayaran PPOB resmi, melayani pembayaran listrik dan BPJS.', id='idms_b5_money_transfer_role_04'),
    pytest.param('money_transfer_role', 'Gaji akan dimasukkan ke akaun anda setiap bulan', id='idms_b5_money_transfer_role_05'),
    pytest.param('fee_upfront', 'Biaya medical check-up dan pelatihan keselamatan ditanggung perusahaan.', id='idms_b5_fee_upfront_06'),
    pytest.param('fee_upfront', 'Untuk kuota internet, karyawan diberi tunjangan beli paket data.', id='idms_b5_fee_upfront_07'),
    pytest.param('easy_work', 'Pekerjaan ini mudah dipelajari bagi lulusan baru.', id='idms_b5_easy_work_08'),
]


@pytest.mark.parametrize(("indicator", "text", "expected"), POSITIVES)
def test_when_the_broadened_vocabulary_is_used_then_the_exact_words_are_reported(engine, indicator, text, expected):
    assert found_in(engine, text, (indicator,)) == expected


@pytest.mark.parametrize(("indicator", "text"), NEGATIVES)
def test_when_a_legitimate_phrasing_is_used_then_nothing_is_reported(engine, indicator, text):
    assert found_in(engine, text, (indicator,)) == []
